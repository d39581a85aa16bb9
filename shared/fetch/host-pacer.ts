/**
 * Politeness and load control: at most one request start per host per interval, and at most
 * `concurrency` requests in flight overall.
 */

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A counting semaphore; waiters are served in arrival order. */
class Semaphore {
  private available: number;
  private readonly waiters: Array<() => void> = [];

  constructor(slots: number) {
    this.available = slots;
  }

  async acquire(): Promise<() => void> {
    if (this.available > 0) this.available -= 1;
    else await new Promise<void>((resolve) => this.waiters.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // Hand the slot straight to the next waiter, so a newcomer cannot jump the queue.
      if (next) next();
      else this.available += 1;
    };
  }
}

export interface HostPacerOptions {
  /** Minimum time between two request starts to one host. */
  intervalMs: number;
  /** Requests in flight, all hosts together. */
  concurrency: number;
}

/**
 * Runs tasks so that starts to the same host are at least `intervalMs` apart (or the host's own
 * interval, e.g. from a robots.txt Crawl-delay) and no more than `concurrency` run at once.
 * Requests to one host start in the order they were scheduled.
 */
export class HostPacer {
  private readonly semaphore: Semaphore;
  /** Per host: settles when the last scheduled task for that host has started. */
  private readonly turns = new Map<string, Promise<void>>();
  private readonly lastStart = new Map<string, number>();
  private readonly hostIntervals = new Map<string, number>();

  constructor(private readonly options: HostPacerOptions) {
    this.semaphore = new Semaphore(options.concurrency);
  }

  /** Spaces requests to `host` at least `intervalMs` apart, when that is longer than the default. */
  setHostInterval(host: string, intervalMs: number): void {
    this.hostIntervals.set(host, intervalMs);
  }

  /** Runs `task` when `host` may be contacted again and a concurrency slot is free. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(host) ?? Promise.resolve();
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const myTurn = previous.then(() => hasStarted);
    this.turns.set(host, myTurn);
    await previous;
    let release: () => void;
    try {
      const interval = Math.max(this.options.intervalMs, this.hostIntervals.get(host) ?? 0);
      // performance.now(): monotonic, so a wall-clock step cannot shorten or stretch the gap.
      const wait = (this.lastStart.get(host) ?? -Infinity) + interval - performance.now();
      if (wait > 0) await sleep(wait);
      // The slot is taken after the host wait, so waiting on a slow host never blocks other hosts,
      // and the start time is recorded only once the request really goes out.
      release = await this.semaphore.acquire();
      this.lastStart.set(host, performance.now());
    } finally {
      started();
      if (this.turns.get(host) === myTurn) this.turns.delete(host);
    }
    try {
      return await task();
    } finally {
      release();
    }
  }
}
