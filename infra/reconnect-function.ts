import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface ReconnectFunctionProps {
  entry: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  removalPolicy: RemovalPolicy;
  /**
   * Ship a source map and have Node use it: only where a stack trace reaches the log (an error the
   * handler throws, which Lambda logs with its stack). Elsewhere it would be loaded and never read.
   */
  sourceMap: boolean;
  extra?: Partial<NodejsFunctionProps>;
}

/**
 * The defaults every Reconnect function shares, in one place: Node.js 22 on arm64, bundled by the
 * local esbuild (no Docker) into minified ESM, and a log group with a stated retention.
 */
export class ReconnectFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ReconnectFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      environment: {
        ...(props.sourceMap ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: props.sourceMap,
        target: 'node22',
        // The SDK is bundled at the version the code was tested with; its CommonJS parts need `require`.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        externalModules: [],
      },
      ...props.extra,
    });
  }
}
