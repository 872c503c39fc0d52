/**
 * The soak test's statistics (bench/soak-stats.ts): nearest-rank percentiles, the summary with
 * errors by code, and the outage around the database restart — on hand-made samples whose
 * answers are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import { outage, percentile, summarise, type Sample } from '../../bench/soak-stats.js';

const ok = (at: number, ms: number): Sample => ({ at, ms, ok: true, status: 200 });
const fail = (at: number, ms: number, status: number, code?: string): Sample => ({
  at,
  ms,
  ok: false,
  status,
  ...(code ? { code } : {}),
});

// Restart issued at 1000 ms, the database back at 1500 ms.
const RESTART = 1000;
const BACK = 1500;
const SAMPLES: Sample[] = [
  ok(0, 10), // ends at 10, before the restart: not part of the outage
  ok(990, 20), // ends at 1010
  fail(1100, 5, 503, 'DATABASE_UNAVAILABLE'), // ends at 1105: first failure, 105 ms after the restart
  fail(1400, 300, 0), // network failure, ends at 1700: the last failure
  ok(1600, 50), // ends at 1650: before the last failure ended, so not yet "recovered"
  ok(1690, 30), // ends at 1720: the first success after the last failure
];

describe('soak statistics', () => {
  it('takes nearest-rank percentiles, including the edges', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 90)).toBe(9);
    expect(percentile(sorted, 99)).toBe(10);
    expect(percentile(sorted, 100)).toBe(10);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises requests, errors by status and code, throughput and latency', () => {
    // Latencies sorted: 5, 10, 20, 30, 50, 300.
    expect(summarise(SAMPLES, 2)).toEqual({
      requests: 6,
      errors: 2,
      errorRate: 0.33333,
      throughputPerS: 3,
      p50Ms: 20,
      p95Ms: 300,
      p99Ms: 300,
      maxMs: 300,
      errorsByCode: { '503 DATABASE_UNAVAILABLE': 1, '0': 1 },
    });
  });

  it('summarises an empty run without dividing by zero', () => {
    const summary = summarise([], 60);
    expect(summary).toMatchObject({ requests: 0, errors: 0, errorRate: 0, throughputPerS: 0, errorsByCode: {} });
    expect(summary.p99Ms).toBeNaN();
  });

  it('measures the outage: first and last failure after the restart and the recovery time', () => {
    expect(outage(SAMPLES, RESTART, BACK)).toEqual({
      restartCommandMs: 500,
      failuresAroundRestart: 2,
      firstFailureAfterRestartMs: 105,
      lastFailureAfterRestartMs: 700,
      recoveryAfterDatabaseBackMs: 220, // 1720 − 1500
      recoveryAfterRestartStartMs: 720, // 1720 − 1000
      slowestFailureMs: 300,
    });
  });

  it('reports no outage when nothing failed, and no recovery when nothing succeeded afterwards', () => {
    expect(outage([ok(0, 10), ok(1200, 10), ok(1600, 10)], RESTART, BACK)).toEqual({
      restartCommandMs: 500,
      failuresAroundRestart: 0,
      firstFailureAfterRestartMs: null,
      lastFailureAfterRestartMs: null,
      recoveryAfterDatabaseBackMs: 0,
      recoveryAfterRestartStartMs: 500,
      slowestFailureMs: null,
    });
    const neverBack = outage(
      [ok(900, 200), fail(1200, 10, 503, 'DATABASE_UNAVAILABLE'), fail(1800, 10, 0)],
      RESTART,
      BACK,
    );
    expect(neverBack).toMatchObject({
      failuresAroundRestart: 2,
      recoveryAfterDatabaseBackMs: null,
      recoveryAfterRestartStartMs: null,
      lastFailureAfterRestartMs: 810,
    });
  });
});
