import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from './config.ts';
import { ReconnectStack } from './reconnect-stack.ts';

/** `npx cdk synth` / `npx cdk deploy`: the page is built first, so the stack deploys what was tested. */
await import('../web/build.ts');
const app = new App();
new ReconnectStack(app, 'Reconnect', {
  config: configFromContext(app.node),
  webDirectory: join(import.meta.dirname, '..', 'web', 'dist'),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
