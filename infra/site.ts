import { join } from 'node:path';
import { Duration, type RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { logicalId } from './logical-id.ts';

/**
 * The built page's layout (web/build.ts): `assets/` holds only files named by their content's hash,
 * which may be cached for good; everything else (index.html, which names them) must be revalidated.
 */
export const HASHED_ASSETS = 'assets';

export interface SiteProps {
  webDirectory: string;
  apiDomain: string;
  /** A header CloudFront adds to every request to the API, which the API's authorizer requires. */
  originHeader: { name: string; value: string };
  /** The web ACL (per-client rate limits) in front of the whole site. */
  webAclArn: string;
  /** Where the page posts uploads: the data bucket's origin, allowed by the CSP. */
  uploadOrigin: string;
  logs: IBucket;
  removalPolicy: RemovalPolicy;
  autoDeleteObjects: boolean;
}

/**
 * The page: built files in a private bucket behind CloudFront (origin access control), `/api/*`
 * routed to the HTTP API on the same origin, HTTPS only, and the security headers on every answer.
 */
export class Site extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.autoDeleteObjects,
    });
    // CloudFront names are per account, not per region or stack: each copy of the stack names its own.
    const unique = `${Stack.of(this).stackName}-${Stack.of(this).region}`;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: `${unique}-security-headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "worker-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            `connect-src 'self' ${props.uploadOrigin}`,
            `form-action 'self' ${props.uploadOrigin}`,
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
          ].join('; '),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
    });
    const originAccessControl = new S3OriginAccessControl(this, 'OriginAccess', {
      originAccessControlName: `${unique}-site`,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      webAclId: props.webAclArn,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket, { originAccessControl }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomain, {
            customHeaders: { [props.originHeader.name]: props.originHeader.value },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
      enableLogging: true,
      logBucket: props.logs,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'The service is for anyone with a LinkedIn export; no country is excluded.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default CloudFront certificate allows TLSv1; a custom domain with TLSv1.2_2021 is the deploy-time upgrade.',
      },
    );

    // CDK's bucket-deployment helper copies the built page from the asset bucket into the site bucket.
    const helper =
      'CDK’s bucket-deployment helper: it copies the built page from the CDK asset bucket into the site bucket.';
    const filesArn = `<${logicalId(bucket)}.Arn>`;
    // As cdk-nag writes the asset bucket: literal where the stack's environment is known.
    const stack = Stack.of(this);
    const known = (value: string, placeholder: string) => (Token.isUnresolved(value) ? placeholder : value);
    const assetBucket = `arn:${known(stack.partition, '<AWS::Partition>')}:s3:::cdk-hnb659fds-assets-${known(stack.account, '<AWS::AccountId>')}-${known(stack.region, '<AWS::Region>')}`;
    Validations.of(Stack.of(this)).acknowledge(
      ...[
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        'Resource::*',
      ]
        .concat([`Resource::${filesArn}/*`, `Resource::${assetBucket}/*`])
        .map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: helper })),
    );
    // Hashed assets first, cached for a year and never pruned (a page loaded before a deploy still
    // finds the script it names); then the rest, revalidated on every load, and the cache invalidated.
    // Source maps stay on the machine that built them: no one reads them from the site.
    const assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(join(props.webDirectory, HASHED_ASSETS), { exclude: ['*.map'] })],
      destinationBucket: bucket,
      destinationKeyPrefix: `${HASHED_ASSETS}/`,
      prune: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.immutable(),
      ],
      memoryLimit: 256,
    });
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [Source.asset(props.webDirectory, { exclude: [HASHED_ASSETS, '*.map'] })],
      destinationBucket: bucket,
      // Excluded from the sync, so not pruned either.
      exclude: [`${HASHED_ASSETS}/*`],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 256,
    });
    pages.node.addDependency(assets);
  }
}
