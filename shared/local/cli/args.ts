import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

/** Parses argv with node:util, then validates with a zod schema; exits 2 with every problem listed, 0 after --help. */
export function parseCli<S extends z.ZodType>(argv: string[], options: ParseArgsConfig['options'], schema: S, usage: string): z.infer<S> {
  // Asking for help is not a mistake: the usage goes to stdout and the exit code is 0.
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
  const parsed = schema.safeParse({ ...values, positionals });
  if (!parsed.success) fail(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${usage}`);
  return parsed.data;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
