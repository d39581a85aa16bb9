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
  /** Minimum time between two requests to one host going out. */
  intervalMs: number;
  /** Requests in flight, all hosts together. */
  concurrency: number;
}

/**
 * Runs tasks so that requests to the same host go out at least `intervalMs` apart (or the host's own
 * interval, e.g. from a robots.txt Crawl-delay) and no more than `concurrency` run at once.
 * Requests to one host start in the order they were scheduled.
 *
 * The interval is measured between the moments requests go on the wire, not between the moments the
 * pacer lets them start: the load benchmark (tests/bench/load.bench.ts) found its site receiving
 * requests to one host 41-49 ms apart at a 50 ms interval, because a busy event loop (parsing,
 * extraction, the in-process stores) can hold one request between its start and its first byte while
 * the next one goes out on time. So the task says when its request is sent, and the host's next
 * request waits for that (or for the task's end, if it never says) and then for the interval.
 */
export class HostPacer {
  private readonly semaphore: Semaphore;
  /** Per host: settles when the last scheduled task for that host has sent its request (or ended). */
  private readonly turns = new Map<string, Promise<void>>();
  private readonly lastSent = new Map<string, number>();
  private readonly hostIntervals = new Map<string, number>();

  constructor(private readonly options: HostPacerOptions) {
    this.semaphore = new Semaphore(options.concurrency);
  }

  /** Spaces requests to `host` at least `intervalMs` apart, when that is longer than the default. */
  setHostInterval(host: string, intervalMs: number): void {
    this.hostIntervals.set(host, intervalMs);
  }

  /**
   * Runs `task` when `host` may be contacted again and a concurrency slot is free. The task calls
   * `sent()` once its request is on the wire; the host's next request is paced from then.
   */
  async run<T>(host: string, task: (sent: () => void) => Promise<T>): Promise<T> {
    const previous = this.turns.get(host) ?? Promise.resolve();
    let handOver!: () => void;
    const handedOver = new Promise<void>((resolve) => (handOver = resolve));
    const myTurn = previous.then(() => handedOver);
    this.turns.set(host, myTurn);
    await previous;
    await this.hostFree(host);
    // The slot is taken after the host wait, so waiting on a slow host never blocks other hosts.
    const release = await this.semaphore.acquire();
    let done = false;
    const sent = () => {
      if (done) return;
      done = true;
      // performance.now(): monotonic, so a wall-clock step cannot shorten or stretch the gap.
      this.lastSent.set(host, performance.now());
      if (this.turns.get(host) === myTurn) this.turns.delete(host);
      handOver();
    };
    try {
      return await task(sent);
    } finally {
      // A task that failed before sending, or never said: the next request is paced from its end.
      sent();
      release();
    }
  }

  /** Resolves once `host`'s interval has passed since its last request went out. */
  private async hostFree(host: string): Promise<void> {
    const interval = Math.max(this.options.intervalMs, this.hostIntervals.get(host) ?? 0);
    const last = () => this.lastSent.get(host) ?? -Infinity;
    // Checked again after every sleep: a timer counts whole milliseconds of the event loop's cached
    // clock, so it can fire up to a millisecond before the interval is really over.
    for (let wait = last() + interval - performance.now(); wait > 0; wait = last() + interval - performance.now()) await sleep(wait);
  }
}
