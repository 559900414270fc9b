import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface StorageProps {
  reportRetentionDays: number;
  removalPolicy: RemovalPolicy;
  autoDeleteObjects: boolean;
}

/**
 * The private bucket for uploads and reports, and the bucket its access logs (and CloudFront's) go to.
 * Uploads are deleted by the ingest function once read; the lifecycle rules are the backstop.
 */
export class Storage extends Construct {
  readonly data: Bucket;
  readonly logs: Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    this.logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging still writes with ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      // As long as the function logs: they hold client addresses and report ids.
      lifecycleRules: [{ expiration: Duration.days(30) }],
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.autoDeleteObjects,
    });
    Validations.of(this.logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.data = new Bucket(this, 'Data', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'data/',
      lifecycleRules: [
        { id: 'uploads', prefix: 'uploads/', expiration: Duration.days(1) },
        { id: 'reports', prefix: 'reports/', expiration: Duration.days(props.reportRetentionDays) },
        { id: 'incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.autoDeleteObjects,
    });
  }
}
