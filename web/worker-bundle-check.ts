/**
 * The analysis worker runs the engine in a browser: it must hold the pure core and its libraries, and
 * nothing that talks to AWS, serves HTTP or needs Node. Given the files esbuild bundled into it (its
 * metafile's inputs), this names every one that does not belong; web/build.ts fails the build on any.
 */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /(^|\/)node_modules\/@aws-sdk\//, why: 'the AWS SDK' },
  { pattern: /(^|\/)node_modules\/@smithy\//, why: 'the AWS SDK (smithy)' },
  { pattern: /(^|\/)node_modules\/(hono|@hono)\//, why: 'Hono' },
  { pattern: /^(node:|<define:|\(disabled\):)|(^|\/)node_modules\/@types\/node\//, why: 'a Node built-in' },
  {
    pattern: /(^|\/)functions\/(api|ingest|local|node|storage|sweep|cli|origin-check)\//,
    why: 'server code',
  },
];

export function workerBundleProblems(inputs: string[]): string[] {
  const problems: string[] = [];
  for (const input of inputs) {
    const hit = FORBIDDEN.find((f) => f.pattern.test(input));
    if (hit) problems.push(`${input} (${hit.why})`);
  }
  return problems;
}
