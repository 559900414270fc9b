import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from '../../infra/config.ts';
import { addReconnect } from '../../infra/reconnect-app.ts';
import { WEB_DIST } from './web-dist.ts';

/** The context cdk.json gives the CLI (feature flags included), so tests synthesize what a deploy would. */
const CDK_JSON_CONTEXT = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'cdk.json'), 'utf8'))
  .context as Record<string, unknown>;

export interface SynthOptions {
  /** Where the main stack goes (the WAF stack is always in us-east-1). */
  region?: string;
  /** Bundle the functions with esbuild (seconds); off, the stacks synthesize in a fraction of that. */
  bundling?: boolean;
  /** Add cdk-nag's AwsSolutions pack, whose unacknowledged findings make `app.synth()` throw. */
  nag?: boolean;
  outdir?: string;
}

/** A deployment of Reconnect as `infra/app.ts` makes it, with `-c` context of the test's choosing. */
export function synthApp(context: Record<string, unknown> = {}, options: SynthOptions = {}) {
  const app = new App({
    outdir: options.outdir,
    context: {
      ...CDK_JSON_CONTEXT,
      ...(options.bundling ? {} : { 'aws:cdk:bundling-stacks': [] }),
      ...context,
    },
  });
  const stacks = addReconnect(app, {
    config: configFromContext(app.node),
    webDirectory: WEB_DIST,
    region: options.region ?? 'eu-west-1',
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, ...stacks };
}
