import { join } from 'node:path';

/** The built page, as `npm run build:web` (or importing web/build.ts) leaves it. */
export const WEB_DIST = join(import.meta.dirname, '..', '..', 'web', 'dist');
