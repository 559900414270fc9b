import type { Node } from 'constructs';

/** What a deployment may set, through CDK context (`-c reportRetentionDays=14`) or cdk.json, never the environment. */
export interface ReconnectConfig {
  /** Days a report is kept before S3 deletes it. */
  reportRetentionDays: number;
  /** Largest upload accepted, in bytes (the presigned policy and the ingest check both use it). */
  maxUploadBytes: number;
  /** The site's own origin when served under a custom domain; defaults to the CloudFront domain. */
  allowedOrigin?: string;
  /** A throwaway stack (tests, previews): buckets are emptied and destroyed with it. */
  throwaway: boolean;
}

export const DEFAULT_CONFIG: ReconnectConfig = {
  reportRetentionDays: 30,
  maxUploadBytes: 50 * 1024 * 1024,
  throwaway: false,
};

export function configFromContext(node: Node): ReconnectConfig {
  const number = (key: string, fallback: number) => {
    const value = node.tryGetContext(key);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`Context ${key} must be a positive number, not "${value}".`);
    return n;
  };
  const origin = node.tryGetContext('allowedOrigin');
  return {
    reportRetentionDays: number('reportRetentionDays', DEFAULT_CONFIG.reportRetentionDays),
    maxUploadBytes: number('maxUploadBytes', DEFAULT_CONFIG.maxUploadBytes),
    allowedOrigin: typeof origin === 'string' && origin ? origin : undefined,
    throwaway: String(node.tryGetContext('throwaway')) === 'true',
  };
}
