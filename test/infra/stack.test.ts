import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_HEADER, ORIGIN_SECRET_ENV } from '../../functions/origin-check/origin-check.ts';
import { RATE_LIMITS, webAclParameterName } from '../../infra/waf-stack.ts';
import { synthApp } from '../support/synth-app.ts';

/**
 * Synthesizes without bundling (fast; the bundles are checked in their own test file), once per
 * context and region in this file: several tests read the same throwaway or default stacks.
 */
const synthesized = new Map<string, ReturnType<typeof synthOnce>>();
function synth(context: Record<string, unknown> = {}, region = 'eu-west-1') {
  const key = JSON.stringify([context, region]);
  let done = synthesized.get(key);
  if (!done) {
    done = synthOnce(context, region);
    synthesized.set(key, done);
  }
  return done;
}
function synthOnce(context: Record<string, unknown>, region: string) {
  const { main, waf } = synthApp(context, { region });
  return { main, waf: Template.fromStack(waf), template: Template.fromStack(main), wafStack: waf };
}

let template: Template;
let wafTemplate: Template;
beforeAll(async () => {
  ({ template, waf: wafTemplate } = synth());
}, 60_000);

const dataBucket = () => {
  const buckets = template.findResources('AWS::S3::Bucket', {
    Properties: {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'uploads/' })]) },
    },
  });
  const [id] = Object.keys(buckets);
  return { id: id ?? '', resource: buckets[id ?? ''] };
};

describe('the data bucket', () => {
  it('GIVEN the stack, THEN every bucket blocks public access, is encrypted and refuses plain HTTP', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(
        bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault
          .SSEAlgorithm,
      ).toBe('AES256');
    }
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(3);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('GIVEN the default context, THEN uploads expire in a day, reports in 30 days, and the bucket is retained', () => {
    const { resource } = dataBucket();
    expect(resource?.Properties.LifecycleConfiguration.Rules).toEqual([
      { Id: 'uploads', Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' },
      { Id: 'reports', Prefix: 'reports/', ExpirationInDays: 30, Status: 'Enabled' },
      {
        Id: 'incomplete-multipart',
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        Status: 'Enabled',
      },
    ]);
    expect(resource?.DeletionPolicy).toBe('Retain');
    expect(resource?.Properties.LoggingConfiguration).toBeDefined();
  });

  it('WHEN the context says 7 days and throwaway, THEN a stack of its own has reports expire in 7 days and its buckets destroyed', () => {
    const { template: throwaway, main } = synth({ reportRetentionDays: 7, throwaway: 'true' });
    expect(main.stackName).toBe('Reconnect-prod-throwaway');
    const buckets = throwaway.findResources('AWS::S3::Bucket');
    expect(Object.values(buckets).every((b) => b.DeletionPolicy === 'Delete')).toBe(true);
    throwaway.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ Prefix: 'reports/', ExpirationInDays: 7 })]),
      },
    });
  });

  it('GIVEN the stack, THEN only uploads/ trigger the ingest function', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
          }),
        ],
      },
    });
  });
});

describe('the functions', () => {
  const fn = (entryHint: 'Ingest' | 'Api') => {
    const all = template.findResources('AWS::Lambda::Function');
    const [id] = Object.keys(all).filter((k) => k.startsWith(`${entryHint}Function`));
    return all[id ?? ''];
  };

  it('GIVEN the stack, THEN both run Node.js 22 on arm64, sized for a 30,000-connection export', () => {
    expect(fn('Ingest')?.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 3008,
      Timeout: 120,
    });
    // Four cached 30,000-connection reports (80-120 MB each) and a parse did not fit in 1 GB.
    expect(fn('Api')?.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 2048,
      Timeout: 29,
    });
    expect(fn('Ingest')?.Properties.Environment.Variables).toMatchObject({
      MAX_UPLOAD_BYTES: '52428800',
      REPORT_TTL_DAYS: '30',
    });
  });

  it('GIVEN the stack, THEN failed ingests land in an encrypted, TLS-only dead-letter queue', () => {
    expect(fn('Ingest')?.Properties.DeadLetterConfig.TargetArn).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^IngestDeadLetters/), 'Arn'],
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('GIVEN the stack, THEN an alarm goes off as soon as one upload lands in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestDeadLetters'), 'QueueName'] },
        },
      ],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^Alarms') }],
    });
    expect(Object.keys(template.findResources('AWS::SNS::Subscription'))).toHaveLength(0);
    synth({ alarmEmail: 'ops@example.org' }).template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
  });

  it('GIVEN the stack, THEN every log group states its retention, CDK’s helper functions’ too', () => {
    const groups = template.findResources('AWS::Logs::LogGroup');
    for (const group of Object.values(groups)) expect(group.Properties.RetentionInDays).toBe(30);
    // Every function logs to a group of the stack: none is left to Lambda's default, kept for ever.
    for (const throwaway of ['false', 'true']) {
      const t = throwaway === 'true' ? synth({ throwaway }).template : template;
      const functions = Object.entries(t.findResources('AWS::Lambda::Function'));
      // Ours (ingest, API, sweep, origin check) and CDK's (notifications, bucket deployment, custom
      // resources; auto-delete-objects in a throwaway stack).
      expect(functions.length).toBeGreaterThanOrEqual(throwaway === 'true' ? 8 : 7);
      const stackGroups = t.findResources('AWS::Logs::LogGroup');
      for (const [id, fn] of functions) {
        const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref;
        expect(ref, `${id} has no log group of the stack`).toBeDefined();
        expect(stackGroups[ref]?.Properties.RetentionInDays, `${id}'s log group`).toBe(30);
      }
    }
  });

  it('GIVEN the stack, THEN source maps ship only where a stack trace is logged (ingest and sweep, not the API)', () => {
    const env = (hint: string) => {
      const all = template.findResources('AWS::Lambda::Function');
      const [id] = Object.keys(all).filter((k) => k.startsWith(`${hint}Function`));
      return all[id ?? '']?.Properties.Environment.Variables;
    };
    expect(env('Ingest').NODE_OPTIONS).toBe('--enable-source-maps');
    expect(env('Sweep').NODE_OPTIONS).toBe('--enable-source-maps');
    expect(env('Api').NODE_OPTIONS).toBeUndefined();
    expect(env('OriginCheck').NODE_OPTIONS).toBeUndefined();
  });

  it('GIVEN the stack, THEN data access is scoped to prefixes: no s3:*, no object actions on *', () => {
    const { id: bucket } = dataBucket();
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    for (const s of statements) {
      const actions = [s.Action].flat();
      expect(actions).not.toContain('s3:*');
      if (actions.some((a: string) => /^s3:(Get|Put|Delete)Object$/.test(a)))
        expect(s.Resource).not.toBe('*');
    }
    const scoped = (prefix: string) => ({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, `/${prefix}`]],
    });
    const ingestPolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([k]) =>
      k.startsWith('IngestFunction'),
    )?.[1];
    expect(ingestPolicy?.Properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: ['s3:GetObject', 's3:DeleteObject'],
          Resource: scoped('uploads/*'),
        }),
        // A report deleted while its ingest runs is deleted again by the ingest: it may delete reports.
        expect.objectContaining({
          Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          Resource: scoped('reports/*'),
        }),
        // Unconditional, so a missing key answers 404 and not 403.
        expect.objectContaining({ Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [bucket, 'Arn'] } }),
      ]),
    );
  });
});

describe('the expiry sweep', () => {
  it('GIVEN the stack, THEN a small function runs once a day, may only read and delete data, and is retried', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const [sweepId, sweep] = Object.entries(functions).find(([k]) => k.startsWith('SweepFunction')) ?? [];
    expect(sweep?.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 256,
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [sweepId, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2 },
        }),
      ],
    });
    const policy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([k]) =>
      k.startsWith('SweepFunction'),
    )?.[1];
    const actions = policy?.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) =>
      [s.Action].flat(),
    );
    expect([...new Set(actions)].sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket']);
  });
});

describe('the HTTP API and the site', () => {
  it('GIVEN the stack, THEN the API stage is throttled and logs access with the path and route of each request', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      path: '$context.path',
      routeKey: '$context.routeKey',
      status: '$context.status',
      authorizerError: '$context.authorizer.error',
    });
    // The REST API's variables, empty on an HTTP API, are gone.
    expect(stage?.Properties.AccessLogSettings.Format).not.toContain('$context.resourcePath');
  });

  it('GIVEN the stack, THEN CloudFront serves the page over HTTPS, sends /api/* to the API, and adds the security headers', () => {
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
      .DistributionConfig;
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distribution.DefaultRootObject).toBe('index.html');
    expect(distribution.CacheBehaviors).toEqual([
      expect.objectContaining({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' }),
    ]);
    expect(distribution.Logging).toBeDefined();
    expect(distribution.WebACLId).toBeDefined();
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', Match.anyValue());
    const headers = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]
      ?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self'");
    // The analysis worker comes from the page's own origin only (no blob: or data: workers).
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('no-referrer');
  });

  it('GIVEN the stack, THEN uploads may be posted from the site’s origin only', () => {
    const cors = Object.entries(template.findResources('Custom::AWS')).find(([id]) =>
      id.startsWith('UploadCors'),
    )?.[1]?.Properties.Update;
    expect(JSON.stringify(cors)).toContain('putBucketCors');
    expect(JSON.stringify(cors)).toContain('DomainName');
    expect(JSON.stringify(cors)).not.toContain('"AllowedOrigins":["*"]');
  });

  it('GIVEN the stack, THEN it outputs the site URL, the API URL, the bucket name and the alarm topic', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual([
      'AlarmTopicArn',
      'ApiUrl',
      'BucketName',
      'SiteUrl',
    ]);
  });
});

describe('cdk-nag', () => {
  it('GIVEN the AwsSolutions pack, WHEN both stacks are synthesized (kept and throwaway), THEN no finding is left unfixed or unexplained', () => {
    // An unacknowledged finding makes synthesis throw "Validation failed" (checked by hand with a careless bucket).
    for (const throwaway of ['false', 'true']) {
      const { app } = synthApp({ throwaway }, { nag: true });
      expect(() => app.synth()).not.toThrow();
    }
  }, 60_000);
});

describe('one stack per account and region', () => {
  /** The names a deployment claims in the account: stacks per region, CloudFront's and WAF's account-wide. */
  const claims = (context: Record<string, unknown>, region: string) => {
    const { main, template: mainTemplate, wafStack: waf, waf: wafTemplate } = synth(context, region);
    const names = (t: Template, type: string, ...path: string[]) =>
      Object.values(t.findResources(type)).map((r) =>
        String(
          path.reduce(
            (at: Record<string, unknown>, key) => at?.[key] as Record<string, unknown>,
            r.Properties,
          ),
        ),
      );
    return [
      `stack ${region} ${main.stackName}`,
      `stack ${waf.region} ${waf.stackName}`,
      ...names(
        mainTemplate,
        'AWS::CloudFront::ResponseHeadersPolicy',
        'ResponseHeadersPolicyConfig',
        'Name',
      ).map((n) => `headers ${n}`),
      ...names(mainTemplate, 'AWS::CloudFront::OriginAccessControl', 'OriginAccessControlConfig', 'Name').map(
        (n) => `oac ${n}`,
      ),
      ...names(mainTemplate, 'AWS::CloudFront::CachePolicy', 'CachePolicyConfig', 'Name').map(
        (n) => `cache ${n}`,
      ),
      ...names(mainTemplate, 'AWS::CloudFront::Function', 'Name').map((n) => `function ${n}`),
      ...names(wafTemplate, 'AWS::WAFv2::WebACL', 'Name').map((n) => `acl ${n}`),
      ...names(wafTemplate, 'AWS::SSM::Parameter', 'Name').map((n) => `parameter ${waf.region} ${n}`),
    ];
  };

  it('GIVEN copies in two regions, a staging stage and a throwaway stack in one account, THEN no two claim the same name', () => {
    const copies = [
      claims({}, 'eu-west-1'),
      claims({}, 'us-west-2'),
      claims({ stage: 'staging' }, 'eu-west-1'),
      claims({ throwaway: 'true' }, 'eu-west-1'),
      claims({}, 'us-east-1'),
    ];
    // CloudFront's names are account-wide: each copy must have named its own (none left to CDK, which
    // derives them from the construct path alone, the same in every copy).
    for (const names of copies) expect(names.filter((n) => /^(headers|oac) /.test(n))).toHaveLength(2);
    const all = copies.flat();
    expect(all.length).toBeGreaterThan(copies.length * 5);
    expect(new Set(all).size).toBe(all.length);
  });

  it('GIVEN -c stage=staging, THEN the stacks are named after it; a bad stage name is refused', () => {
    const { main, wafStack: waf } = synth({ stage: 'staging' });
    expect(main.stackName).toBe('Reconnect-staging');
    expect(waf.stackName).toBe('Reconnect-staging-waf-eu-west-1');
    expect(waf.region).toBe('us-east-1');
    expect(() => synthApp({ stage: 'Prod_1' })).toThrow(/stage must be/);
  });

  it('GIVEN -c throwaway=true, THEN it is a stack of its own, and the kept stack keeps its buckets', () => {
    expect(synth({ throwaway: 'true' }).main.stackName).toBe('Reconnect-prod-throwaway');
    expect(synth().main.stackName).toBe('Reconnect-prod');
    const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
    expect(buckets.every((b) => b.DeletionPolicy === 'Retain')).toBe(true);
  });
});

describe('the way in: only through CloudFront, limited per client', () => {
  it('GIVEN the stack, THEN the API’s only route needs the header CloudFront adds, checked by an authorizer', () => {
    const [authorizerId, authorizer] =
      Object.entries(template.findResources('AWS::ApiGatewayV2::Authorizer'))[0] ?? [];
    expect(authorizer?.Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: [`$request.header.${ORIGIN_HEADER}`],
      AuthorizerResultTtlInSeconds: 300,
    });
    expect(JSON.stringify(authorizer?.Properties.AuthorizerUri)).toContain('OriginCheckFunction');
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey)).toEqual(['$default']);
    expect(routes[0]?.Properties).toMatchObject({
      AuthorizationType: 'CUSTOM',
      AuthorizerId: { Ref: authorizerId },
    });
  });

  it('GIVEN the stack, THEN CloudFront sends the secret the authorizer expects: one generated secret, in neither the template nor cdk.out', () => {
    const [secretId, secret] = Object.entries(template.findResources('AWS::SecretsManager::Secret'))[0] ?? [];
    expect(secret?.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });
    const resolved = {
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
    };
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
      .DistributionConfig;
    const apiOrigin = distribution.Origins.find(
      (o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig,
    );
    expect(apiOrigin.OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_HEADER, HeaderValue: resolved }]);
    const check = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('OriginCheckFunction'),
    )?.[1];
    expect(check?.Properties.Environment.Variables[ORIGIN_SECRET_ENV]).toEqual(resolved);
    expect(check?.Properties.MemorySize).toBe(128);
  });

  it('GIVEN the WAF stack, THEN it is in us-east-1 with a CloudFront web ACL limiting each address, and the site uses it', () => {
    const acl = Object.values(wafTemplate.findResources('AWS::WAFv2::WebACL'))[0]?.Properties;
    expect(acl).toMatchObject({
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Name: 'Reconnect-prod-eu-west-1',
    });
    const rule = (path: string) =>
      acl.Rules.find(
        (r: {
          Statement: {
            RateBasedStatement: { ScopeDownStatement: { ByteMatchStatement: { SearchString: string } } };
          };
        }) => r.Statement.RateBasedStatement.ScopeDownStatement.ByteMatchStatement.SearchString === path,
      );
    expect(rule('/api/analyze').Statement.RateBasedStatement).toMatchObject({
      Limit: RATE_LIMITS.analyze,
      AggregateKeyType: 'IP',
    });
    expect(rule('/api/').Statement.RateBasedStatement).toMatchObject({
      Limit: RATE_LIMITS.api,
      AggregateKeyType: 'IP',
    });
    for (const r of acl.Rules) {
      expect(r.Action.Block.CustomResponse).toEqual({
        ResponseCode: 429,
        CustomResponseBodyKey: 'rate-limited',
      });
    }
    expect(JSON.parse(acl.CustomResponseBodies['rate-limited'].Content).error.code).toBe('rate-limited');
    // The ARN is handed over through a parameter in us-east-1, read by the main stack's custom resource.
    const parameter = webAclParameterName('Reconnect-prod', 'eu-west-1');
    wafTemplate.hasResourceProperties('AWS::SSM::Parameter', {
      Name: parameter,
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebAcl'), 'Arn'] },
    });
    const [readerId, reader] =
      Object.entries(template.findResources('Custom::AWS')).find(([id]) => id.startsWith('WebAclArn')) ?? [];
    const call = JSON.parse(JSON.stringify(reader?.Properties.Create));
    expect(call).toContain('"region":"us-east-1"');
    expect(call).toContain(`"Name":"${parameter}"`);
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
      .DistributionConfig;
    expect(distribution.WebACLId).toEqual({ 'Fn::GetAtt': [readerId, 'Parameter.Value'] });
    // The reader may read that one parameter and nothing else.
    const readerPolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([id]) =>
      id.startsWith('WebAclArnCustomResourcePolicy'),
    )?.[1];
    expect(readerPolicy?.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Action: 'ssm:GetParameter',
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':ssm:us-east-1:',
              { Ref: 'AWS::AccountId' },
              `:parameter${parameter}`,
            ],
          ],
        },
      }),
    ]);
  });
});

describe('the page', () => {
  it('GIVEN the stack, THEN hashed assets are cached for a year and kept across deploys, the rest revalidated, no source maps', () => {
    const deployments = Object.entries(template.findResources('Custom::CDKBucketDeployment'));
    const of = (name: string) => deployments.find(([id]) => id.startsWith(`Site${name}`));
    const [assetsId, assets] = of('Assets') ?? [];
    const [, pages] = of('Pages') ?? [];
    expect(assets?.Properties).toMatchObject({
      DestinationBucketKeyPrefix: 'assets/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(pages?.Properties).toMatchObject({
      Exclude: ['assets/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionPaths: ['/*'],
    });
    expect(pages?.DependsOn).toContain(assetsId);
  });
});
