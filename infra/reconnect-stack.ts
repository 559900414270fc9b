import { join } from 'node:path';
import {
  Aspects,
  Aws,
  CfnOutput,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { ORIGIN_HEADER, ORIGIN_SECRET_ENV } from '../functions/origin-check/origin-check.ts';
import type { ReconnectConfig } from './config.ts';
import { HelperLogRetention } from './helper-logs.ts';
import { logicalId } from './logical-id.ts';
import { ReconnectFunction } from './reconnect-function.ts';
import { Site } from './site.ts';
import { Storage } from './storage.ts';

const ROOT = join(import.meta.dirname, '..');

export interface ReconnectStackProps extends StackProps {
  config: ReconnectConfig;
  /** The built page (web/dist). */
  webDirectory: string;
  /** The SSM parameter in us-east-1 where the WAF stack left its web ACL's ARN. */
  webAclParameter: string;
}

/** Reconnect on AWS: the private bucket, the ingest, API and sweep functions, the HTTP API, the site. */
export class ReconnectStack extends Stack {
  constructor(scope: Construct, id: string, props: ReconnectStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.throwaway ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    Aspects.of(this).add(new HelperLogRetention(removalPolicy));
    const storage = new Storage(this, 'Storage', {
      reportRetentionDays: config.reportRetentionDays,
      removalPolicy,
      autoDeleteObjects: config.throwaway,
    });
    const bucket = storage.data;
    const settings = {
      BUCKET_NAME: bucket.bucketName,
      MAX_UPLOAD_BYTES: String(config.maxUploadBytes),
      REPORT_TTL_DAYS: String(config.reportRetentionDays),
    };

    // Ingest: triggered by uploads only; failures after Lambda's own retries land in an encrypted queue.
    const deadLetters = new Queue(this, 'IngestDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    Validations.of(deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue.',
    });
    const ingest = new ReconnectFunction(this, 'Ingest', {
      entry: join(ROOT, 'functions/ingest/handler.ts'),
      // Sized for a 30,000-connection export with a large message history (about 2 s and 500 MB locally).
      memorySize: 3008,
      timeout: Duration.minutes(2),
      environment: settings,
      removalPolicy,
      // What it cannot handle it throws, and Lambda logs the stack: the map is read there.
      sourceMap: true,
      extra: { deadLetterQueue: deadLetters, retryAttempts: 2 },
    }).function;
    bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(ingest), {
      prefix: 'uploads/',
    });
    ingest.addToRolePolicy(objects(bucket.bucketArn, 'uploads/*', ['s3:GetObject', 's3:DeleteObject']));
    // Deleting under reports/ too: a report deleted while its ingest ran is undone by the ingest.
    ingest.addToRolePolicy(
      objects(bucket.bucketArn, 'reports/*', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']),
    );
    ingest.addToRolePolicy(listing(bucket.bucketArn));

    // An export the ingest gave up on (its retries spent) is a report someone waits for in vain.
    const alarms = new Topic(this, 'Alarms', { enforceSSL: true });
    Validations.of(alarms).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notices carry an alarm name and a count, nothing personal; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer key would cost more than it protects.',
    });
    if (config.alarmEmail) alarms.addSubscription(new EmailSubscription(config.alarmEmail));
    const deadLettersAlarm = deadLetters
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' })
      .createAlarm(this, 'IngestDeadLettersAlarm', {
        alarmDescription:
          'An upload failed its ingest three times and sits in the dead-letter queue; its report will not be ready.',
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    deadLettersAlarm.addAlarmAction(new SnsAction(alarms));

    // API: presigns uploads (so it may put under uploads/), reads, writes and deletes reports.
    const api = new ReconnectFunction(this, 'Api', {
      entry: join(ROOT, 'functions/api/lambda.ts'),
      // Measured locally (Node 20): four cached 30,000-connection reports (~78 MB of heap each) took
      // the process to ~810 MB, ~1,030 MB while a fifth was parsed in, and /api/analyze of that export's
      // ZIP on top of the full cache peaked near 1 GB: 1 GB would be killed. 2 GB also brings more CPU
      // (a full vCPU from 1,769 MB) for those parses.
      memorySize: 2048,
      timeout: Duration.seconds(29),
      environment: {
        ...settings,
        UPLOAD_ORIGIN: `https://${bucket.bucketRegionalDomainName}`,
        ...(config.allowedOrigin ? { ALLOWED_ORIGIN: config.allowedOrigin } : {}),
      },
      removalPolicy,
      // Every error ends in the API's onError, which logs its name only: a stack is never printed.
      sourceMap: false,
    }).function;
    api.addToRolePolicy(objects(bucket.bucketArn, 'uploads/*', ['s3:PutObject', 's3:DeleteObject']));
    api.addToRolePolicy(
      objects(bucket.bucketArn, 'reports/*', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']),
    );
    api.addToRolePolicy(listing(bucket.bucketArn));
    // Sweep: once a day, deletes reports past their expiry (a late correction restarts the lifecycle
    // rule's 30-day clock; the promise to the person is the expiry date).
    const sweep = new ReconnectFunction(this, 'Sweep', {
      entry: join(ROOT, 'functions/sweep/handler.ts'),
      memorySize: 256,
      timeout: Duration.minutes(5),
      environment: { BUCKET_NAME: bucket.bucketName },
      removalPolicy,
      sourceMap: true,
    }).function;
    new Rule(this, 'DailySweep', {
      schedule: Schedule.rate(Duration.days(1)),
      targets: [new LambdaFunction(sweep, { retryAttempts: 2 })],
    });
    sweep.addToRolePolicy(objects(bucket.bucketArn, 'uploads/*', ['s3:DeleteObject']));
    sweep.addToRolePolicy(objects(bucket.bucketArn, 'reports/*', ['s3:GetObject', 's3:DeleteObject']));
    sweep.addToRolePolicy(listing(bucket.bucketArn));

    // The API answers only requests that came through CloudFront (and so through its WAF and
    // headers): CloudFront adds a secret header, and an authorizer on the HTTP API checks it. The
    // execute-api endpoint cannot simply be switched off, as CloudFront reaches the API through it
    // (short of a custom domain on the API). The secret is generated by Secrets Manager, once per
    // stack, and reaches CloudFront and the authorizer as dynamic references resolved at deploy time:
    // it is in neither the template nor cdk.out.
    const originSecret = new Secret(this, 'OriginSecret', {
      description: `The header value CloudFront sends the API of ${id}; requests without it are refused.`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating it needs CloudFront and the authorizer updated together; it guards a route, not data (a report still needs its 128-bit id).',
    });
    const originValue = originSecret.secretValue.unsafeUnwrap();
    const originCheck = new ReconnectFunction(this, 'OriginCheck', {
      entry: join(ROOT, 'functions/origin-check/handler.ts'),
      memorySize: 128,
      timeout: Duration.seconds(5),
      environment: { [ORIGIN_SECRET_ENV]: originValue },
      removalPolicy,
      sourceMap: false,
    }).function;

    const dataArn = `<${logicalId(bucket)}.Arn>`;
    for (const fn of [ingest, api, sweep]) {
      Validations.of(fn).acknowledge(
        ...['uploads/*', 'reports/*'].map((prefix) => ({
          id: `AwsSolutions-IAM5[Resource::${dataArn}/${prefix}]`,
          reason:
            'Object actions are scoped to one prefix of one bucket; the objects under it are random report ids.',
        })),
      );
    }
    for (const fn of [ingest, api, sweep, originCheck]) {
      Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason: 'Node.js 22 is the runtime the code is built and tested for; move to 24 after testing on it.',
      });
    }
    Validations.of(this).acknowledge(
      {
        id: `AwsSolutions-IAM4[Policy::${BASIC_EXECUTION_ROLE}]`,
        reason:
          'AWSLambdaBasicExecutionRole only lets a function write its own logs (ours and CDK’s helper functions).',
      },
      {
        id: 'AwsSolutions-L1',
        reason:
          'CDK’s own helper functions (bucket deployment, notifications, custom resource) pick their runtime.',
      },
    );

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy,
    });
    const httpApi = new HttpApi(this, 'HttpApi', {
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('Api', api),
      defaultAuthorizer: new HttpLambdaAuthorizer('FromCloudFront', originCheck, {
        identitySource: [`$request.header.${ORIGIN_HEADER}`],
        responseTypes: [HttpLambdaResponseType.SIMPLE],
        // CloudFront always sends the same value: the authorizer runs about once per cache period.
        resultsCacheTtl: Duration.minutes(5),
      }),
    });
    new HttpStage(this, 'Stage', {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      // Every caller together; each address alone is limited by the WAF in front of CloudFront.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // CDK's default format is the REST API's: its path and caller fields are empty on an HTTP API.
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    const apiDomain = Fn.select(2, Fn.split('/', httpApi.apiEndpoint));

    // The WAF stack's web ACL, read from us-east-1 (CloudFront's web ACLs must live there).
    const webAclArn = new AwsCustomResource(this, 'WebAclArn', {
      onUpdate: {
        service: 'SSM',
        action: 'getParameter',
        parameters: { Name: props.webAclParameter },
        region: 'us-east-1',
        physicalResourceId: PhysicalResourceId.of(props.webAclParameter),
      },
      policy: AwsCustomResourcePolicy.fromSdkCalls({
        resources: [`arn:${Aws.PARTITION}:ssm:us-east-1:${Aws.ACCOUNT_ID}:parameter${props.webAclParameter}`],
      }),
      installLatestAwsSdk: false,
    }).getResponseField('Parameter.Value');

    const site = new Site(this, 'Site', {
      webDirectory: props.webDirectory,
      apiDomain,
      originHeader: { name: ORIGIN_HEADER, value: originValue },
      webAclArn,
      uploadOrigin: `https://${bucket.bucketRegionalDomainName}`,
      logs: storage.logs,
      removalPolicy,
      autoDeleteObjects: config.throwaway,
    });
    const siteOrigin = config.allowedOrigin ?? `https://${site.distribution.distributionDomainName}`;

    // The bucket's CORS names the site's origin, which exists only once the distribution does: set it
    // afterwards, or the bucket and the distribution would each wait for the other.
    new AwsCustomResource(this, 'UploadCors', {
      onUpdate: {
        service: 'S3',
        action: 'putBucketCors',
        parameters: {
          Bucket: bucket.bucketName,
          CORSConfiguration: {
            CORSRules: [
              {
                AllowedMethods: ['POST'],
                AllowedOrigins: [siteOrigin],
                AllowedHeaders: ['*'],
                MaxAgeSeconds: 600,
              },
            ],
          },
        },
        physicalResourceId: PhysicalResourceId.of(`${id}-upload-cors`),
      },
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [bucket.bucketArn] }),
      installLatestAwsSdk: false,
    });

    new CfnOutput(this, 'SiteUrl', { value: `https://${site.distribution.distributionDomainName}` });
    new CfnOutput(this, 'ApiUrl', { value: `https://${site.distribution.distributionDomainName}/api` });
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topicArn });
  }
}

/** One JSON object per request; `path` and `routeKey` say what was asked, `authorizerError` why it was refused. */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  error: '$context.error.message',
};

const BASIC_EXECUTION_ROLE = 'arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

function objects(bucketArn: string, prefix: string, actions: string[]): PolicyStatement {
  return new PolicyStatement({ actions, resources: [`${bucketArn}/${prefix}`] });
}

/**
 * Listing the bucket: needed to delete "everything under an id", and so that a missing key answers
 * 404 rather than 403 (S3 hides absence from callers who may not list). Keys are random ids.
 */
function listing(bucketArn: string): PolicyStatement {
  return new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucketArn] });
}
