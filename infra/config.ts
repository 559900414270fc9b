import type { Node } from 'constructs';

/** What a deployment may set, through CDK context (`-c reportRetentionDays=14`) or cdk.json, never the environment. */
export interface ReconnectConfig {
  /** Which copy this is (`prod`, `staging`, `alice`): part of every stack's name, so copies never meet. */
  stage: string;
  /** Days a report is kept before S3 deletes it. */
  reportRetentionDays: number;
  /** Largest upload accepted, in bytes (the presigned policy and the ingest check both use it). */
  maxUploadBytes: number;
  /** The site's own origin when served under a custom domain; defaults to the CloudFront domain. */
  allowedOrigin?: string;
  /**
   * A throwaway stack (tests, previews): a stack of its own (`Reconnect-<stage>-throwaway`) whose
   * buckets are emptied and destroyed with it. It never turns a kept stack into a disposable one.
   */
  throwaway: boolean;
  /** Where the alarms (the ingest's dead letters) are mailed; without it they go to the SNS topic only. */
  alarmEmail?: string;
}

export const DEFAULT_CONFIG: ReconnectConfig = {
  stage: 'prod',
  reportRetentionDays: 30,
  maxUploadBytes: 50 * 1024 * 1024,
  throwaway: false,
};

/** Lower-case letters and digits, short: it goes into resource names with a 64-character limit. */
const STAGE = /^[a-z][a-z0-9]{0,15}$/;

export function configFromContext(node: Node): ReconnectConfig {
  const number = (key: string, fallback: number) => {
    const value = node.tryGetContext(key);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`Context ${key} must be a positive number, not "${value}".`);
    return n;
  };
  const text = (key: string) => {
    const value = node.tryGetContext(key);
    return typeof value === 'string' && value ? value : undefined;
  };
  const stage = text('stage') ?? DEFAULT_CONFIG.stage;
  if (!STAGE.test(stage))
    throw new Error(
      `Context stage must be 1-16 lower-case letters and digits, starting with a letter, not "${stage}".`,
    );
  return {
    stage,
    reportRetentionDays: number('reportRetentionDays', DEFAULT_CONFIG.reportRetentionDays),
    maxUploadBytes: number('maxUploadBytes', DEFAULT_CONFIG.maxUploadBytes),
    allowedOrigin: text('allowedOrigin'),
    throwaway: String(node.tryGetContext('throwaway')) === 'true',
    alarmEmail: text('alarmEmail'),
  };
}

/**
 * The stacks of one deployment. The main stack's name carries the stage (and marks a throwaway
 * copy), so two copies in one region are two stacks; the WAF stack lives in us-east-1, where
 * CloudFront's web ACLs must be, and carries the main stack's region too, since copies in several
 * regions all put theirs there.
 */
export function stackNames(config: ReconnectConfig, region: string): { main: string; waf: string } {
  const main = `Reconnect-${config.stage}${config.throwaway ? '-throwaway' : ''}`;
  return { main, waf: `${main}-waf-${region}` };
}
