import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from './config.ts';
import { addReconnect } from './reconnect-app.ts';

/** `npx cdk synth` / `npx cdk deploy --all`: the page is built first, so the stack deploys what was tested. */
await import('../web/build.ts');
const app = new App();
// The CLI passes the account and region it would deploy to (us-east-1 when none is configured);
// `-c region=eu-west-1` chooses another.
const region = app.node.tryGetContext('region') ?? process.env.CDK_DEFAULT_REGION;
if (!region) throw new Error('No AWS region: run this through the cdk CLI, or pass -c region=<region>.');
addReconnect(app, {
  config: configFromContext(app.node),
  webDirectory: join(import.meta.dirname, '..', 'web', 'dist'),
  region,
  account: process.env.CDK_DEFAULT_ACCOUNT,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
