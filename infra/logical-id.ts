import { type CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** A resource's logical id, as cdk-nag writes it in a finding (`<StorageData6BB23F4E.Arn>`). */
export function logicalId(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnResource;
  return Stack.of(construct).resolve(resource.logicalId);
}
