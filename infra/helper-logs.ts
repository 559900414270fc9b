import { CfnResource, type IAspect, type RemovalPolicy } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';

/**
 * CDK's own helper functions (the bucket-notifications handler, auto-delete-objects, the page's
 * bucket deployment, custom resources) log to `/aws/lambda/<name>`, a group Lambda creates on first
 * use and keeps for ever. This gives every function in the stack that has no log group of its own one
 * with the stack's retention, through the function's logging configuration.
 */
export class HelperLogRetention implements IAspect {
  constructor(
    private readonly removalPolicy: RemovalPolicy,
    private readonly retention = RetentionDays.ONE_MONTH,
  ) {}

  visit(node: IConstruct): void {
    if (!(node instanceof CfnResource) || node.cfnResourceType !== 'AWS::Lambda::Function') return;
    const parent = node.node.scope;
    if (!parent) return;
    if (node instanceof CfnFunction) {
      if (node.loggingConfig) return;
      node.loggingConfig = { logGroup: this.group(parent).logGroupName };
      return;
    }
    // A function declared as a plain CfnResource (CDK's custom-resource providers): set the property.
    node.addPropertyOverride('LoggingConfig', { LogGroup: this.group(parent).logGroupName });
  }

  private group(parent: IConstruct): LogGroup {
    const existing = parent.node.tryFindChild('HelperLogs');
    if (existing instanceof LogGroup) return existing;
    return new LogGroup(parent, 'HelperLogs', {
      retention: this.retention,
      removalPolicy: this.removalPolicy,
    });
  }
}
