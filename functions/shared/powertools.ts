import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { PipelineLog } from '../../shared/pipeline/types.js';

/** The structured logger and the metrics of one Lambda (service and namespace come from its env). */
export interface Powertools {
  logger: Logger;
  metrics: Metrics;
}

/** Module-level singletons per Lambda: one logger and one metrics buffer per execution environment. */
export function createPowertools(stage: string): Powertools {
  const logger = new Logger({ persistentLogAttributes: { stage } });
  const metrics = new Metrics({ defaultDimensions: { stage } });
  return { logger, metrics };
}

/** The pipeline's progress lines as structured log entries. */
export function pipelineLog(logger: Logger): PipelineLog {
  return {
    info: (message, fields) => logger.info(message, { ...fields }),
    warn: (message, fields) => logger.warn(message, { ...fields }),
  };
}
