import type { Alert } from '../schemas/index.js';
import type { AlertOutbox, AlertSink } from '../store/ports.js';
import type { PipelineLog } from './types.js';

export interface DispatchDeps {
  outbox: AlertOutbox;
  sink: AlertSink;
  log: PipelineLog;
  now?: () => Date;
  /** See AlertOutbox.lease: the local runtime passes its start time (it holds the data-folder lock). */
  leasesTakenBefore?: string;
}

export interface DispatchResult {
  sent: Alert[];
  failed: Array<{ key: string; error: string }>;
}

/**
 * Sends outbox alerts: each is leased (so two senders never send it at once), sent, then marked
 * sent; a failed send is marked failed, due again after its back-off. Exactly once as far as the
 * sender can tell: only a crash between the sink's answer and markSent repeats a delivery, and the
 * alert's id lets the receiver drop that repeat. Never throws; the result says what happened.
 */
export function createAlertDispatcher(deps: DispatchDeps) {
  const now = deps.now ?? (() => new Date());
  const total: DispatchResult = { sent: [], failed: [] };

  const one = async (key: string, result: DispatchResult) => {
    let entry;
    try {
      entry = await deps.outbox.lease(key, now().toISOString(), { leasesTakenBefore: deps.leasesTakenBefore });
    } catch (err) {
      result.failed.push({ key, error: `outbox: ${message(err)}` });
      return;
    }
    if (!entry) return;
    try {
      await deps.sink.send(entry.alert);
    } catch (err) {
      const error = message(err);
      result.failed.push({ key, error });
      deps.log.warn(`alert ${entry.alert.type} ${entry.alert.link} not sent (try ${entry.attempts + 1}): ${error}`, { alertId: key });
      await deps.outbox.markFailed(entry, error, now().toISOString()).catch(() => undefined);
      return;
    }
    try {
      await deps.outbox.markSent(key, now().toISOString());
    } catch (err) {
      // Sent, but not recorded: a later dispatch sends it again, and the receiver drops it by alertId.
      result.failed.push({ key, error: `sent, but not marked sent: ${message(err)}` });
      return;
    }
    result.sent.push(entry.alert);
    deps.log.info(`alert: ${entry.alert.type} ${entry.alert.link}`, { alertId: key, reasons: entry.alert.reasons });
  };

  /** Dispatches these alerts (in order); the result is this call's, the totals go to `summary()`. */
  const dispatch = async (keys: readonly string[]): Promise<DispatchResult> => {
    const result: DispatchResult = { sent: [], failed: [] };
    for (const key of keys) await one(key, result);
    total.sent.push(...result.sent);
    total.failed.push(...result.failed);
    return result;
  };

  return {
    dispatch,
    /** Dispatches every pending alert that is due (earlier failures whose back-off is over, crashed senders' leases). */
    async dispatchDue(): Promise<DispatchResult> {
      let keys: string[];
      try {
        keys = await deps.outbox.due(now().toISOString());
      } catch (err) {
        const result = { sent: [], failed: [{ key: '(outbox)', error: `outbox: ${message(err)}` }] };
        total.failed.push(...result.failed);
        return result;
      }
      return dispatch(keys);
    },
    summary(): DispatchResult {
      return total;
    },
  };
}
export type AlertDispatcher = ReturnType<typeof createAlertDispatcher>;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
