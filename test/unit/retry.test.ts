import { describe, expect, it } from 'vitest';
import { retryWithBackoff } from '../../server/common/retry.js';

describe('retry with backoff', () => {
  it('retries with doubling delays until the work succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(async () => (++calls < 4 ? Promise.reject(new Error('down')) : 'up'), {
      initialDelayMs: 100,
      maxDelayMs: 300,
      sleep: async (ms) => void delays.push(ms),
    });
    expect(result).toBe('up');
    expect(delays).toEqual([100, 200, 300]);
  });

  it('gives up at the deadline with the last error', async () => {
    let clock = 0;
    const work = async () => Promise.reject(new Error(`poging op ${clock}`));
    await expect(
      retryWithBackoff(work, {
        initialDelayMs: 1000,
        deadlineMs: 2500,
        now: () => clock,
        sleep: async (ms) => void (clock += ms),
      }),
    ).rejects.toThrow('poging op 1000');
  });
});
