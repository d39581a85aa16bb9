import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { extractorDeployment, type StageConfig } from './config.js';
import { Alerts } from './constructs/alerts.js';
import { Analytics } from './constructs/analytics.js';
import { Ingestion } from './constructs/ingestion.js';
import { Operations } from './constructs/operations.js';
import { Storage } from './constructs/storage.js';

export interface CoopFactsStackProps extends StackProps {
  config: StageConfig;
  /** Absolute path of the feeds file, already validated (config.ts loadFeedsForSynth). */
  feedsFilePath: string;
}

/** The whole pipeline for one stage. It composes the constructs and nothing else. */
export class CoopFactsStack extends Stack {
  readonly storage: Storage;
  readonly ingestion: Ingestion;
  readonly alerts: Alerts;
  readonly analytics: Analytics;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: CoopFactsStackProps) {
    super(scope, id, props);
    const { config } = props;
    Tags.of(this).add('project', 'coop-facts');
    Tags.of(this).add('stage', config.stage);
    const logRetention = config.logRetentionDays as logs.RetentionDays;

    this.storage = new Storage(this, 'Storage', {
      rawInfrequentAccessDays: config.rawInfrequentAccessDays,
      rawExpireDays: config.rawExpireDays,
    });
    const { table, bucket } = this.storage;
    this.ingestion = new Ingestion(this, 'Ingestion', {
      table, bucket, stage: config.stage, schedule: config.schedule, feedsFilePath: props.feedsFilePath,
      processConcurrency: config.processConcurrency, alertThresholdUsd: config.alertThresholdUsd, logRetention,
      extractor: extractorDeployment(config),
    });
    this.alerts = new Alerts(this, 'Alerts', {
      table, stage: config.stage, schedule: config.schedule, logRetention,
    });
    this.analytics = new Analytics(this, 'Analytics', { table, bucket, stage: config.stage, exportHourUtc: config.exportHourUtc });
    this.operations = new Operations(this, 'Operations', {
      stage: config.stage,
      functions: [this.ingestion.discover, this.ingestion.process, this.alerts.notify, this.alerts.deliver],
      failureQueues: [this.ingestion.deadLetterQueue, this.alerts.failures, this.alerts.webhookFailures],
      workQueues: [this.ingestion.queue, this.alerts.deliveries],
      streamConsumers: [this.alerts.notify],
      alertTopics: [this.alerts.topic],
      exportSchedules: this.analytics.scheduleGroup,
      opsEmail: config.opsEmail,
    });

    // What operators look up after a deploy, and what teardown needs (the retained data stores).
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'DataBucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alerts.topic.topicArn });
    new CfnOutput(this, 'DigestTopicArn', { value: this.alerts.digestTopic.topicArn });
    new CfnOutput(this, 'ItemsDeadLetterQueueUrl', { value: this.ingestion.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AthenaWorkGroup', { value: this.analytics.workGroup.name });
    // The webhook redrive (README): move WebhookFailures' messages back to Deliveries.
    new CfnOutput(this, 'WebhookFailuresQueueArn', { value: this.alerts.webhookFailures.queueArn });
    new CfnOutput(this, 'WebhookDeliveriesQueueArn', { value: this.alerts.deliveries.queueArn });
  }
}
