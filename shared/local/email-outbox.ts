import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Alert } from '../schemas/index.js';
import type { AlertSink } from '../store/ports.js';
import { emailMessage } from '../alerts/email-message.js';

/** What an e-mail says: its subject line and plain-text body. */
export interface EmailText { subject: string; body: string }

const ALERT_ID_HEADER = 'X-Alert-Id';

/**
 * The local stand-in for sending e-mail: each message is appended to an mbox file (one per
 * subscription, `.data/outbox-email/<id>.mbox`), which is plain text to read and opens in a mail
 * client (`mutt -f`, `mail -f`). Idempotent by alert id, like alerts.jsonl: a message whose
 * X-Alert-Id is already in the file is not written again.
 */
/** An mbox file that takes each message once, by its id (the X-Alert-Id header). */
export interface Mailbox {
  /** Appends the message unless one with this id is in the file; false when it was there. */
  deliver(id: string, message: EmailText): Promise<boolean>;
}

export function createMailbox(path: string, to: string): Mailbox {
  let written: Promise<Set<string>> | null = null;
  let tail: Promise<void> = Promise.resolve();
  const load = async () => {
    const text = await readFile(path, 'utf8').catch(() => '');
    return new Set([...text.matchAll(new RegExp(`^${ALERT_ID_HEADER}: (\\S+)$`, 'gm'))].map((m) => m[1]!));
  };
  return {
    async deliver(id, { subject, body }) {
      const ids = await (written ??= load());
      if (ids.has(id)) return false;
      ids.add(id);
      const date = new Date();
      const message = [
        // mbox: a "From " line opens each message; body lines that start with "From " are quoted.
        `From coop-facts@localhost ${date.toUTCString().replace(/,/g, '')}`,
        'From: coop-facts alerts <coop-facts@localhost>', `To: ${to}`, `Subject: ${subject.replace(/[\r\n]+/g, ' ')}`,
        `Date: ${date.toUTCString()}`, `${ALERT_ID_HEADER}: ${id}`, 'Content-Type: text/plain; charset=utf-8', '',
        ...body.split('\n').map((l) => (/^>*From /.test(l) ? `>${l}` : l)), '', '',
      ].join('\n');
      const write = tail.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, message, 'utf8');
      });
      tail = write.catch(() => undefined);
      try {
        await write;
      } catch (err) {
        ids.delete(id);
        throw err;
      }
      return true;
    },
  };
}

export function createEmailOutboxSink(path: string, to: string, render: (alert: Alert) => EmailText = emailMessage): AlertSink {
  const mailbox = createMailbox(path, to);
  return { async send(alert) { await mailbox.deliver(alert.alertId, render(alert)); } };
}
