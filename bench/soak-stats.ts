/**
 * Figures for the soak test: percentiles, error counts by code, and the outage around the
 * database restart (first and last failure, time until requests succeed again).
 */
export interface Sample {
  /** ms since the soak started, at the moment the request was sent. */
  at: number;
  ms: number;
  ok: boolean;
  /** HTTP status or 0 for a network failure; error code from the body when there is one. */
  status: number;
  code?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest rank, clamped at both ends (p = 0 is the minimum, not index −1).
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarise(samples: Sample[], seconds: number) {
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok);
  const byCode: Record<string, number> = {};
  for (const e of errors)
    byCode[`${e.status} ${e.code ?? ''}`.trim()] = (byCode[`${e.status} ${e.code ?? ''}`.trim()] ?? 0) + 1;
  return {
    requests: samples.length,
    errors: errors.length,
    errorRate: samples.length ? Number((errors.length / samples.length).toFixed(5)) : 0,
    throughputPerS: Number((samples.length / seconds).toFixed(1)),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? NaN),
    errorsByCode: byCode,
  };
}

/**
 * restartAt: when the restart command was issued; backAt: when it returned (database up again).
 * recoveryMs: from backAt until the first success after the last failure (0 if none failed after).
 */
export function outage(samples: Sample[], restartAt: number, backAt: number) {
  const after = samples.filter((s) => s.at + s.ms >= restartAt).sort((a, b) => a.at + a.ms - (b.at + b.ms));
  const failures = after.filter((s) => !s.ok);
  const lastFailureEnd = failures.length ? Math.max(...failures.map((f) => f.at + f.ms)) : undefined;
  const firstSuccessAfter =
    lastFailureEnd === undefined ? undefined : after.find((s) => s.ok && s.at + s.ms > lastFailureEnd);
  const recoveredAt = firstSuccessAfter
    ? firstSuccessAfter.at + firstSuccessAfter.ms
    : lastFailureEnd === undefined
      ? backAt
      : undefined;
  return {
    restartCommandMs: Math.round(backAt - restartAt),
    failuresAroundRestart: failures.length,
    firstFailureAfterRestartMs: failures.length
      ? Math.round(Math.min(...failures.map((f) => f.at + f.ms)) - restartAt)
      : null,
    lastFailureAfterRestartMs: lastFailureEnd === undefined ? null : Math.round(lastFailureEnd - restartAt),
    recoveryAfterDatabaseBackMs: recoveredAt === undefined ? null : Math.max(0, Math.round(recoveredAt - backAt)),
    recoveryAfterRestartStartMs: recoveredAt === undefined ? null : Math.round(recoveredAt - restartAt),
    slowestFailureMs: failures.length ? Math.max(...failures.map((f) => f.ms)) : null,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The ordinary load and /health while each attack ran (and a second after): how many requests,
 * how many failed, and the slowest answer of each. A service that stays served keeps /health
 * under a second and the ordinary load without failures.
 */
export function attackWindows(
  samples: Sample[],
  health: Sample[],
  attacks: { name: string; startAt: number; endAt: number; answers: Record<string, number> }[],
) {
  return attacks.map((attack) => {
    const inWindow = (s: Sample) => s.at + s.ms >= attack.startAt && s.at <= attack.endAt + 1_000;
    const load = samples.filter(inWindow);
    const checks = health.filter(inWindow);
    return {
      attack: attack.name,
      durationMs: Math.round(attack.endAt - attack.startAt),
      attackAnswers: attack.answers,
      loadRequests: load.length,
      loadFailures: load.filter((s) => !s.ok).length,
      loadMaxMs: load.length ? Math.round(Math.max(...load.map((s) => s.ms))) : null,
      healthChecks: checks.length,
      healthFailures: checks.filter((s) => !s.ok).length,
      healthMaxMs: checks.length ? Math.round(Math.max(...checks.map((s) => s.ms))) : null,
    };
  });
}
