/**
 * The names of the environment variables the stack sets on the Lambdas and the handlers read.
 * Imported by infra (the bind helpers set them) AND by functions (env.ts parses them), so the two
 * sides cannot drift apart: renaming one here renames it everywhere.
 */

/** DynamoDB table of articles, facts, claims, feed state and alert ledger. */
export const TABLE_NAME = 'TABLE_NAME';
/** S3 bucket of raw pages and article JSON. */
export const BUCKET_NAME = 'BUCKET_NAME';
/** SQS queue that carries one claimed feed item per message to the process Lambda. */
export const QUEUE_URL = 'QUEUE_URL';
/** SNS topic alerts are published to. */
export const TOPIC_ARN = 'TOPIC_ARN';
/** deliver Lambda and `npm run subscriptions -- --aws`: the topic each subscriber's daily digest is published to. */
export const DIGEST_TOPIC_ARN = 'DIGEST_TOPIC_ARN';
/** Facts with an amount at or over this many USD are alerted whatever their type. */
export const ALERT_THRESHOLD_USD = 'ALERT_THRESHOLD_USD';
/**
 * Path of the feeds file (FeedsFileSchema) bundled with the discover Lambda; a relative path is
 * resolved against LAMBDA_TASK_ROOT (the bundle directory), so the registry ships with the code.
 */
export const FEEDS_FILE = 'FEEDS_FILE';
/** Minutes between two discover runs (the schedule's period): a feed may be polled half of it early. */
export const SCHEDULE_PERIOD_MINUTES = 'SCHEDULE_PERIOD_MINUTES';
/** Deployment stage (dev, prod…): tags logs and metrics. */
export const STAGE = 'STAGE';
/** Set by the Lambda runtime: the directory the bundle was unpacked to. */
export const LAMBDA_TASK_ROOT = 'LAMBDA_TASK_ROOT';

/** Which fact extractor runs: rules (the default), model or hybrid (shared/config/extractor-config.ts). */
export const EXTRACTOR = 'EXTRACTOR';
/** An OpenAI-compatible chat-completions endpoint, e.g. http://127.0.0.1:8080/v1 (llama.cpp server). */
export const LLM_BASE_URL = 'LLM_BASE_URL';
/** The model name that endpoint expects. */
export const LLM_MODEL = 'LLM_MODEL';
/** Bearer token for that endpoint, when it asks for one. */
export const LLM_API_KEY = 'LLM_API_KEY';
/** Amazon Bedrock model id (or inference profile id) for the Converse API. */
export const BEDROCK_MODEL_ID = 'BEDROCK_MODEL_ID';
/** Token budget per article request. */
export const MODEL_ARTICLE_TOKENS = 'MODEL_ARTICLE_TOKENS';
/** Token budget per run (local) or per day (AWS). */
export const MODEL_RUN_TOKENS = 'MODEL_RUN_TOKENS';
/** Timeout of one model call, in milliseconds. */
export const MODEL_TIMEOUT_MS = 'MODEL_TIMEOUT_MS';

/** Local runtime: the webhook every alert is POSTed to (unset: alerts go to .data/alerts.jsonl only). */
export const ALERT_WEBHOOK_URL = 'ALERT_WEBHOOK_URL';
/** Local runtime: the secret that signs every webhook POST (README, "Webhook signatures"). */
export const ALERT_WEBHOOK_SECRET = 'ALERT_WEBHOOK_SECRET';
/** Local runtime: `json` (the alert, the default) or `slack` (a Slack incoming-webhook message). */
export const ALERT_WEBHOOK_FORMAT = 'ALERT_WEBHOOK_FORMAT';
/** Local runtime: `1` to POST unsigned when no secret is set (refused otherwise). */
export const ALERT_WEBHOOK_UNSIGNED = 'ALERT_WEBHOOK_UNSIGNED';

/** deliver Lambda: the queue that keeps alerts a webhook did not take (the alert itself, the webhook's id). */
export const WEBHOOK_FAILURES_URL = 'WEBHOOK_FAILURES_URL';
