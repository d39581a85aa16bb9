/**
 * Defaults shared by the CDK config (infra/config.ts), the Lambda env and the local CLI, kept apart
 * from the pipeline so that infra imports configuration, not pipeline code.
 */

/**
 * Facts at or over this many USD are alerted whatever their type, in AWS and locally alike. Set low
 * on purpose: in AWS each subscriber narrows it with an SNS filter policy (minAmountUsd).
 */
export const DEFAULT_ALERT_THRESHOLD_USD = 10_000_000;
