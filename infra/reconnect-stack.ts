import { join } from 'node:path';
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import type { ReconnectConfig } from './config.ts';
import { logicalId } from './logical-id.ts';
import { ReconnectFunction } from './reconnect-function.ts';
import { Site } from './site.ts';
import { Storage } from './storage.ts';

const ROOT = join(import.meta.dirname, '..');

export interface ReconnectStackProps extends StackProps {
  config: ReconnectConfig;
  /** The built page (web/dist). */
  webDirectory: string;
}

/** Reconnect on AWS: the private bucket, the ingest, API and sweep functions, the HTTP API, the site. */
export class ReconnectStack extends Stack {
  constructor(scope: Construct, id: string, props: ReconnectStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.throwaway ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
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

    // API: presigns uploads (so it may put under uploads/), reads, writes and deletes reports.
    const api = new ReconnectFunction(this, 'Api', {
      entry: join(ROOT, 'functions/api/lambda.ts'),
      memorySize: 1024,
      timeout: Duration.seconds(29),
      environment: {
        ...settings,
        UPLOAD_ORIGIN: `https://${bucket.bucketRegionalDomainName}`,
        ...(config.allowedOrigin ? { ALLOWED_ORIGIN: config.allowedOrigin } : {}),
      },
      removalPolicy,
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
    }).function;
    new Rule(this, 'DailySweep', {
      schedule: Schedule.rate(Duration.days(1)),
      targets: [new LambdaFunction(sweep, { retryAttempts: 2 })],
    });
    sweep.addToRolePolicy(objects(bucket.bucketArn, 'uploads/*', ['s3:DeleteObject']));
    sweep.addToRolePolicy(objects(bucket.bucketArn, 'reports/*', ['s3:GetObject', 's3:DeleteObject']));
    sweep.addToRolePolicy(listing(bucket.bucketArn));

    const dataArn = `<${logicalId(bucket)}.Arn>`;
    for (const fn of [ingest, api, sweep]) {
      Validations.of(fn).acknowledge(
        ...['uploads/*', 'reports/*'].map((prefix) => ({
          id: `AwsSolutions-IAM5[Resource::${dataArn}/${prefix}]`,
          reason:
            'Object actions are scoped to one prefix of one bucket; the objects under it are random report ids.',
        })),
        {
          id: 'AwsSolutions-L1',
          reason:
            'Node.js 22 is the runtime the code is built and tested for; move to 24 after testing on it.',
        },
      );
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
    });
    new HttpStage(this, 'Stage', {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    Validations.of(httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'No accounts by design: a report is reached by its unguessable 128-bit id, like a private link.',
    });
    const apiDomain = Fn.select(2, Fn.split('/', httpApi.apiEndpoint));

    const site = new Site(this, 'Site', {
      webDirectory: props.webDirectory,
      apiDomain,
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
  }
}

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
