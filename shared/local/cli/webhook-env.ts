import * as z from 'zod';

/** ALERT_WEBHOOK_URL, checked: an http(s) URL or unset. Exits 2 with a clear message otherwise. */
export function webhookFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.ALERT_WEBHOOK_URL || undefined;
  const parsed = z.url({ protocol: /^https?$/ }).optional().safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(`ALERT_WEBHOOK_URL must be an http(s) URL: ${raw}\n`);
    process.exit(2);
  }
  return parsed.data ?? null;
}
