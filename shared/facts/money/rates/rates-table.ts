/**
 * Where the rates table is and how it is read. It is not bundled into the process Lambda: 150 KB of
 * figures would take the bundle past its 1 MB target (infra/README.md), so the stack copies the
 * file next to the bundle (infra/constructs/ingestion.ts) and it is read from there at cold start.
 * Resolved against this module's URL, which is the source file locally and the bundle in Lambda.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RatesFileSchema, type RatesFile } from './rates-file.js';
import { RATES_FILE_NAME } from '../../../config/data-files.js';

/** The table: beside this module in the source tree, beside the bundle's file in a bundle. */
export const RATES_FILE = fileURLToPath(new URL(`./${RATES_FILE_NAME}`, import.meta.url));

export class RatesTableError extends Error {
  override name = 'RatesTableError';
}

/** The table, checked against its schema; a missing or malformed file is an error naming it. */
export function loadRatesTable(file: string = RATES_FILE): RatesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new RatesTableError(`the US dollar rates table ${file} cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const parsed = RatesFileSchema.safeParse(raw);
  if (!parsed.success) throw new RatesTableError(`the US dollar rates table ${file} is malformed: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
