/**
 * A token bucket per websocket connection, checked in Hocuspocus's `beforeHandleMessage`.
 *
 * Why not @hocuspocus/extension-throttle: it counts connection attempts per IP address, and a class
 * behind one school address would share one allowance. This limits messages per connection instead.
 *
 * Tuning (defaults): a reader's edits are a few messages each (update, awareness, sync), and a
 * re-connecting provider sends a burst of sync messages for every document it holds, so the bucket
 * holds 300 messages and refills at 60 per second; a client sending more for long is closed (and
 * its provider reconnects with back-off).
 */

/** Burst size and refill rate of a bucket. */
export interface RateLimitOptions {
  /** Messages allowed at once. */
  burst: number;
  /** Messages added back per second. */
  perSecond: number;
}

/** The defaults described above. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 300, perSecond: 60 };

/** Counts messages per key (a socket id); `take` says whether one more is allowed now. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Takes one message from `key`'s allowance; false when it is used up. */
  take(key: string): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    const refilled = Math.min(
      this.options.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.options.perSecond,
    );
    const allowed = refilled >= 1;
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
    return allowed;
  }

  /** Forgets a closed connection. */
  forget(key: string): void {
    this.buckets.delete(key);
  }
}
