import type { App } from 'aws-cdk-lib';
import { type ReconnectConfig, stackNames } from './config.ts';
import { ReconnectStack } from './reconnect-stack.ts';
import { WafStack, webAclParameterName } from './waf-stack.ts';

export interface ReconnectAppProps {
  config: ReconnectConfig;
  /** The built page (web/dist). */
  webDirectory: string;
  /** Where the main stack goes; the WAF stack always goes to us-east-1. */
  region: string;
  account?: string;
}

/**
 * One deployment of Reconnect: the main stack in its region and, in us-east-1, the stack holding the
 * web ACL its CloudFront distribution uses. `npx cdk deploy --all` deploys the WAF stack first.
 */
export function addReconnect(app: App, props: ReconnectAppProps): { main: ReconnectStack; waf: WafStack } {
  const names = stackNames(props.config, props.region);
  const waf = new WafStack(app, names.waf, {
    env: { account: props.account, region: 'us-east-1' },
    mainStackName: names.main,
    mainRegion: props.region,
    description: `Reconnect: the per-address rate limits in front of ${names.main} (${props.region}).`,
  });
  const main = new ReconnectStack(app, names.main, {
    env: { account: props.account, region: props.region },
    config: props.config,
    webDirectory: props.webDirectory,
    webAclParameter: webAclParameterName(names.main, props.region),
    description: `Reconnect (${props.config.stage}${props.config.throwaway ? ', throwaway' : ''}).`,
  });
  main.addStackDependency(waf, 'The distribution uses the web ACL the WAF stack creates in us-east-1.');
  return { main, waf };
}
