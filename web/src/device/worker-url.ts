/** Set by web/build.ts (esbuild `define`): the worker's bundle, named by its content's hash. */
declare const RECONNECT_WORKER_URL: string;

export const WORKER_URL: string = RECONNECT_WORKER_URL;
