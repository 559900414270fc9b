import { Stack, type StackProps } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** Requests one address may send in five minutes (WAF's window): to /api/*, and to /api/analyze alone. */
export const RATE_LIMITS = {
  /** The page polls a report at most once a second and reads people a page at a time. */
  api: 1000,
  /** Up to 29 s of a 2 GB function each: for a script now and then, not a loop. */
  analyze: 20,
};

/** Where the WAF stack leaves its web ACL's ARN (in us-east-1) for the main stack to read. */
export function webAclParameterName(mainStackName: string, mainRegion: string): string {
  return `/reconnect/${mainStackName}/${mainRegion}/web-acl-arn`;
}

export interface WafStackProps extends StackProps {
  /** The main stack's name and region: the web ACL is named after them (one per copy). */
  mainStackName: string;
  mainRegion: string;
}

/**
 * The per-client rate limit in front of the site: a web ACL of CloudFront scope, which AWS only
 * accepts in us-east-1, so it is a stack of its own there, whatever the main stack's region. Blocked
 * requests get a 429 in the API's own error shape.
 */
export class WafStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);
    if (props.env?.region !== 'us-east-1')
      throw new Error('WafStack: a CloudFront web ACL lives in us-east-1.');
    const perAddress = (name: string, priority: number, limit: number, pathStartsWith: string) => ({
      name,
      priority,
      action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'rate-limited' } } },
      statement: {
        rateBasedStatement: {
          limit,
          aggregateKeyType: 'IP',
          scopeDownStatement: {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'STARTS_WITH',
              searchString: pathStartsWith,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
        },
      },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${props.mainStackName}-${props.mainRegion}`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      rules: [
        perAddress('analyze-per-address', 0, RATE_LIMITS.analyze, '/api/analyze'),
        perAddress('api-per-address', 1, RATE_LIMITS.api, '/api/'),
      ],
      customResponseBodies: {
        'rate-limited': {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: {
              code: 'rate-limited',
              message: 'Too many requests from your address. Please wait a few minutes.',
            },
          }),
        },
      },
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        metricName: 'reconnect',
        sampledRequestsEnabled: true,
      },
    });
    new StringParameter(this, 'WebAclArn', {
      parameterName: webAclParameterName(props.mainStackName, props.mainRegion),
      stringValue: this.webAcl.attrArn,
      description: `The web ACL of ${props.mainStackName} in ${props.mainRegion}, read by that stack.`,
    });
  }
}
