import type { TokenBudget } from './types.js';

/**
 * One run's token budget, in memory: the local runtime and the CLI make one per run. Estimates are
 * reserved before a call so that parallel calls cannot together pass the limit.
 */
export function memoryBudget(limit: number): TokenBudget {
  let reserved = 0;
  let counted = 0;
  return {
    async take(estimate) {
      if (reserved + estimate > limit) return false;
      reserved += estimate;
      return true;
    },
    async settle(estimate, actual) {
      reserved += actual - estimate;
      counted += actual;
    },
    used: () => counted,
  };
}
