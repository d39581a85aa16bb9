import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as z from 'zod';

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

/** The options of the commands that read saved pages (extract, deals, article): the site rule to parse with, and the page's URL. */
export const PAGE_OPTIONS = { site: { type: 'string' }, url: { type: 'string' } } as const;
export const pageFields = { site: z.string().nullable().default(null), url: z.string().nullable().default(null) };

/** parseCli for the commands that take files: the positionals are the files, and none at all is a usage error (exit 2). */
export function parseFileCli<T extends z.ZodRawShape>(argv: string[], options: ParseArgsConfig['options'], shape: T, usage: string): z.infer<z.ZodObject<T>> & { files: string[] } {
  const parsed = parseCli(argv, options, z.object({ ...shape, positionals: z.array(z.string()) }), usage) as z.infer<z.ZodObject<T>> & { positionals: string[] };
  if (parsed.positionals.length === 0) fail(usage);
  const { positionals, ...rest } = parsed;
  return { ...(rest as z.infer<z.ZodObject<T>>), files: positionals };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
