/**
 * Retry with exponential backoff, for work that fails while a dependency is still starting
 * (the database at start-up). Stops at the deadline and rethrows the last error.
 */
export interface RetryOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this long in total (ms); default: never. */
  deadlineMs?: number;
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export async function retryWithBackoff<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  let delay = options.initialDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const deadline = options.deadlineMs;
      if (deadline !== undefined && now() - started + delay > deadline) throw error;
      options.onRetry?.(attempt, error, delay);
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000);
    }
  }
}
