/**
 * Progress for long imports on stderr. On a terminal: one bar redrawn in place. Otherwise
 * (CI logs, pipes): a plain line per 10 % step, so logs stay readable.
 */
import type { ProgressCallback, ProgressPhase } from './import-handler.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

export function createProgress(
  stream: ProgressStream = process.stderr,
  label = 'Import',
): ProgressCallback & { done(): void } {
  let lastPhase: ProgressPhase | null = null;
  let lastStep = -1;
  let drawn = false;
  const report = (phase: ProgressPhase, done: number, total: number) => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(fraction * 100);
    if (stream.isTTY) {
      const filled = Math.round(fraction * WIDTH);
      stream.write(
        `\r${label} ${phase.padEnd(11)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
      );
      drawn = true;
      return;
    }
    const step = Math.floor(percent / 10);
    if (phase === lastPhase && step === lastStep) return;
    lastPhase = phase;
    lastStep = step;
    stream.write(`${label} ${phase}: ${step * 10}% (${done}/${total})\n`);
  };
  return Object.assign(report, {
    done() {
      if (drawn) stream.write('\n');
    },
  });
}
