#!/usr/bin/env node
// The `reconnect` command. The CLI is TypeScript: it runs from a bundle kept up to date with the
// sources (see cached-bundle.js), or through tsx when no bundle can be built here.
import { cachedBundle, SOURCE_URL } from './cached-bundle.js';

const bundle = await cachedBundle(process.env.RECONNECT_CACHE_DIR || undefined);
if (bundle === null) (await import('tsx/esm/api')).register();
const { main } = await import(bundle ?? SOURCE_URL);
process.exitCode = await main(process.argv.slice(2));
