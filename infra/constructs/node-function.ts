import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BEDROCK_MODEL_ID, BUCKET_NAME, QUEUE_URL, STAGE, TABLE_NAME, TOPIC_ARN } from '../../shared/config/env-names.js';
import { GSI } from '../../shared/store/table-design.js';
import { bedrockInvokeResources, profiledModel } from './bedrock-model.js';

/** Node 22: the newest runtime our toolchain targets (esbuild `node22`); Node 20 reached Lambda end of support in 2026. */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_22_X;
/**
 * The esbuild settings of every function bundle, exported so the bundle-size bench builds exactly
 * what `cdk synth` builds.
 * The AWS SDK is bundled, not left to the runtime's copy: one minified file loads in about half
 * the time of the SDK's hundreds of CJS files (bench, notify: ~130 ms against ~250 ms cold), and
 * the Lambda then runs the SDK version the tests ran, not whatever the runtime ships.
 */
export const BUNDLE = {
  target: 'node22',
  externalModules: [] as string[],
  /**
   * The one exception, by function: modules left to the runtime's own SDK v3 (nodejs22.x ships every
   * client, and its loader resolves bare ESM imports from NODE_PATH). process may import
   * @aws-sdk/client-bedrock-runtime, and only lazily, when EXTRACTOR is model or hybrid on Bedrock
   * (shared/facts/model/bedrock-client.ts). Inlined, it took the process bundle from 1,026,559 to
   * 1,105,608 bytes, past the 1 MiB bound (1,048,576); left out, 1,031,623. The price: that one client
   * runs the runtime's SDK version, not the one the tests ran, and only when the model extractor is on.
   */
  runtimeModules: { process: ['@aws-sdk/client-bedrock-runtime'] } as Readonly<Record<string, readonly string[]>>,
  /**
   * Non-ASCII characters as UTF-8, not as \\uXXXX escapes (esbuild's default): the Russian word lists, country forms
   * and names of the extractor are Cyrillic, and escaped they took three times the bytes (the process bundle went
   * from 1,207,938 to 1,0xx,xxx bytes with the same code).
   */
  charset: 'utf8' as const,
  /**
   * Packages replaced in every bundle: the SDK's node credential chain by the environment's credentials, all a Lambda
   * has (infra/bundling/env-credentials.ts). Paths are relative to the project root, where the bundler runs.
   */
  alias: { '@aws-sdk/credential-provider-node': './infra/bundling/env-credentials.ts' } as Readonly<Record<string, string>>,
  /** ESM builds of dependencies first: they tree-shake, the CJS ones do not (the SDK's are ~20% smaller). */
  mainFields: ['module', 'main'],
  /** Bundles are ESM; some dependencies still call require(), which ESM lacks (../shared/STACK.md §4). */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;

/** What a function's bundle leaves out: BUNDLE.externalModules plus its runtimeModules. */
export function externalModulesOf(name: string): string[] {
  return [...BUNDLE.externalModules, ...(BUNDLE.runtimeModules[name] ?? [])];
}

/** The exec wrapper that starts node with V8 options (infra/bundling/node-v8-flags.sh), and where Lambda finds it. */
export const EXEC_WRAPPER = {
  source: fileURLToPath(new URL('../bundling/node-v8-flags.sh', import.meta.url)),
  file: 'node-v8-flags.sh',
  /** Lambda unpacks a function's code to /var/task (LAMBDA_TASK_ROOT). */
  taskRoot: '/var/task',
} as const;

/**
 * A function's command hooks plus copying the exec wrapper beside the bundle, executable: the asset zip keeps each
 * file's mode, and Lambda runs the wrapper directly.
 */
export function withExecWrapper(hooks?: ICommandHooks): ICommandHooks {
  return {
    beforeBundling: (input, output) => hooks?.beforeBundling(input, output) ?? [],
    beforeInstall: (input, output) => hooks?.beforeInstall(input, output) ?? [],
    afterBundling: (input, output) => [
      ...(hooks?.afterBundling(input, output) ?? []),
      `cp "${EXEC_WRAPPER.source}" "${output}/${EXEC_WRAPPER.file}"`,
      `chmod 755 "${output}/${EXEC_WRAPPER.file}"`,
    ],
  };
}

/** DynamoDB actions by access mode: only data-plane calls the adapters make, no Scan, no table admin. */
export const TABLE_ACTIONS = {
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  write: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
} as const;

/** The table's GSIs (shared/store/table-design.ts): the only indexes a Query may use. */
const TABLE_INDEX_NAMES = Object.values(GSI).map((g) => g.name);

export type TableAccess = 'read' | 'write' | 'readWrite';

export interface AppFunctionProps {
  /** The folder under functions/ that holds handler.ts (discover, process, notify). */
  name: string;
  /** The entry file in that folder: process has a second build for the model extractor. @default 'handler.ts' */
  handlerFile?: string;
  description: string;
  /** @default 30 seconds */
  timeout?: Duration;
  /** @default 512 MB (arm64: more memory also means more CPU for parsing) */
  memorySize?: number;
  logRetention: logs.RetentionDays;
  stage: string;
  /** Extra environment entries that are not resource bindings. */
  environment?: Record<string, string>;
  /** Copies files next to the bundle (e.g. the feeds registry). */
  commandHooks?: ICommandHooks;
  /** @default undefined (unreserved) */
  reservedConcurrentExecutions?: number;
  /**
   * Start node through the exec wrapper with its V8 options (--no-regexp-tier-up, for the extractor's many regular
   * expressions: infra/bundling/node-v8-flags.sh says why). @default false
   */
  v8Options?: boolean;
}

/**
 * A NodejsFunction with the house defaults: Node 22 on arm64, ESM bundle with source maps built by
 * the local esbuild (no Docker), the AWS SDK bundled (see BUNDLE), its own log group with a retention,
 * and its own role that can only write to that log group (no AWSLambdaBasicExecutionRole, which
 * allows every log group of the account).
 * The bind helpers set a resource's env var AND its grant in one call, so config and permission
 * cannot drift apart.
 */
export class AppFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.name} Lambda: its log group, plus what the bind helpers grant`,
    });
    super(scope, id, {
      entry: fileURLToPath(new URL(`../../functions/${props.name}/${props.handlerFile ?? 'handler.ts'}`, import.meta.url)),
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 512,
      logGroup,
      role,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      loggingFormat: lambda.LoggingFormat.JSON,
      // X-Ray traces of every invocation, at no bundle cost (Powertools Tracer would add ~124 KB a bundle).
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        [STAGE]: props.stage,
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.name,
        POWERTOOLS_METRICS_NAMESPACE: 'CoopFacts',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...(props.v8Options ? { AWS_LAMBDA_EXEC_WRAPPER: `${EXEC_WRAPPER.taskRoot}/${EXEC_WRAPPER.file}` } : {}),
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE.target,
        minify: true,
        // As esbuild arguments: this aws-cdk-lib (2.276.0) documents a `charset` prop but never passes it to esbuild.
        esbuildArgs: { '--charset': BUNDLE.charset, ...Object.fromEntries(Object.entries(BUNDLE.alias).map(([from, to]) => [`--alias:${from}`, to])) },
        sourceMap: true,
        // The map keeps names and lines; the sources themselves would only add size.
        sourcesContent: false,
        externalModules: externalModulesOf(props.name),
        mainFields: [...BUNDLE.mainFields],
        banner: BUNDLE.banner,
        commandHooks: props.v8Options ? withExecWrapper(props.commandHooks) : props.commandHooks,
      },
    });
    logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions. (notify also: dynamodb:ListStreams, added by its stream event source, has none.)',
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node 22 on purpose: the code is built and tested with the Node 20-compatible toolchain pinned in package.json, and esbuild targets node22; Node 24 is not yet validated here.',
    });
  }

  /** Sets TABLE_NAME (or `envName`) and grants exactly the actions of `access` on the table and its indexes. */
  bindTable(table: dynamodb.ITable, access: TableAccess, envName: string = TABLE_NAME): this {
    this.addEnvironment(envName, table.tableName);
    const actions = access === 'readWrite' ? [...TABLE_ACTIONS.read, ...TABLE_ACTIONS.write] : [...TABLE_ACTIONS[access]];
    // Index ARNs are listed by name rather than `index/*`, so a future index is not granted by accident.
    const resources = [table.tableArn, ...TABLE_INDEX_NAMES.map((n) => `${table.tableArn}/index/${n}`)];
    this.addToRolePolicy(new iam.PolicyStatement({ actions, resources }));
    return this;
  }

  /**
   * Sets TABLE_NAME (or `envName`) and grants `actions` only on items whose partition key matches one
   * of `leadingKeys` (dynamodb:LeadingKeys), plus Query on the named indexes: a function that needs a
   * few items may not touch the others.
   */
  bindTableItems(table: dynamodb.ITable, access: { actions: string[]; leadingKeys: string[]; queryIndexes: string[] }, envName: string = TABLE_NAME): this {
    this.addEnvironment(envName, table.tableName);
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: access.actions, resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': access.leadingKeys } },
    }));
    if (access.queryIndexes.length) {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: access.queryIndexes.map((n) => `${table.tableArn}/index/${n}`) }));
    }
    return this;
  }

  /** Sets BUCKET_NAME (or `envName`) and grants GetObject/PutObject under the given key prefixes only. */
  bindBucket(bucket: s3.IBucket, access: { read?: string[]; write?: string[] }, envName: string = BUCKET_NAME): this {
    this.addEnvironment(envName, bucket.bucketName);
    const objects = (prefixes: string[]) => prefixes.map((p) => bucket.arnForObjects(`${p}*`));
    if (access.read?.length) {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: objects(access.read) }));
      this.addToRolePolicy(new iam.PolicyStatement({
        actions: ['s3:ListBucket'], resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': access.read.map((p) => `${p}*`) } },
      }));
    }
    if (access.write?.length) {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: objects(access.write) }));
    }
    // Object ARNs need a wildcard: keys are per article. The prefix is as narrow as the data layout allows.
    const bucketId = Stack.of(this).getLogicalId(bucket.node.defaultChild as CfnElement);
    for (const prefix of new Set([...(access.read ?? []), ...(access.write ?? [])])) {
      Validations.of(this.role!).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
        reason: `Objects under ${prefix} are keyed by date and article id; the grant is scoped to that prefix and to Get/PutObject.`,
      });
    }
    return this;
  }

  /** Sets QUEUE_URL (or `envName`) and grants SendMessage (SendMessageBatch is authorised by it). */
  bindQueue(queue: sqs.IQueue, envName: string = QUEUE_URL): this {
    this.addEnvironment(envName, queue.queueUrl);
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
    return this;
  }

  /**
   * Sets BEDROCK_MODEL_ID (or `envName`) and grants bedrock:InvokeModel, the action the Converse API
   * is authorised by, on that model only (and, for an inference profile, on the profile and the
   * model it routes to).
   */
  bindBedrockModel(modelId: string, envName: string = BEDROCK_MODEL_ID): this {
    this.addEnvironment(envName, modelId);
    const resources = bedrockInvokeResources(this, modelId);
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources }));
    const model = profiledModel(modelId);
    if (model !== null) {
      Validations.of(this.role!).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${model}]`,
        reason: `The inference profile ${modelId} routes calls to ${model} in other regions; the grant names that one model, in any region.`,
      });
    }
    return this;
  }

  /** Sets TOPIC_ARN (or `envName`) and grants sns:Publish on that topic only. */
  bindTopic(topic: sns.ITopic, envName: string = TOPIC_ARN): this {
    this.addEnvironment(envName, topic.topicArn);
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
    return this;
  }
}
