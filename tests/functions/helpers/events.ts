import { readFileSync } from 'node:fs';

const EVENTS_DIR = new URL('../../events/', import.meta.url);

/**
 * Loads an event fixture from tests/events/<source>/<variant>.json, filling `{{name}}` placeholders
 * (e.g. the origin of the loopback server the test started). A fresh object every call.
 */
export function loadEvent<T = Record<string, unknown>>(path: string, vars: Record<string, string> = {}): T {
  let text = readFileSync(new URL(path, EVENTS_DIR), 'utf8');
  for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{{${name}}}`, value);
  // In SQS bodies the placeholder sits inside escaped JSON; the replacement is the same text.
  return JSON.parse(text) as T;
}

/** Quiet Powertools in tests: no log lines, no EMF blobs on stdout. */
export function quietPowertools(): void {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}
