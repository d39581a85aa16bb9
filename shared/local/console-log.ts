import type { PipelineLog } from '../pipeline/types.js';

/** Progress for people at a terminal: one line per event, on stderr so stdout stays for results. */
export function consoleLog(options: { quiet?: boolean } = {}): PipelineLog {
  return {
    info(message) { if (!options.quiet) process.stderr.write(`  ${message}\n`); },
    warn(message) { process.stderr.write(`  ! ${message}\n`); },
  };
}
