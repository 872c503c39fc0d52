/**
 * A Vitest reporter that writes what failed, one line each, to the file in FAILURE_DIGEST.
 * Why: Vitest's JSON report drops errors thrown outside a test (a beforeAll, an import), and a
 * file whose beforeAll fails reports its tests as skipped. A CI log that keeps only its tail then
 * says "3 failed, 264 skipped" and nothing else; scripts/test.mjs prints this digest last.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

const oneLine = (error: SerializedError | undefined) =>
  String(error?.message ?? error ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 300);

export default class FailureDigest implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const file = process.env.FAILURE_DIGEST;
    if (!file) return;
    const lines: string[] = [];
    for (const module of modules) {
      const name = path.relative(process.cwd(), module.moduleId);
      for (const error of module.errors()) lines.push(`${name}: ${oneLine(error)}`);
      for (const suite of module.children.allSuites()) {
        for (const error of suite.errors()) lines.push(`${name} > ${suite.fullName} (hook): ${oneLine(error)}`);
      }
      for (const test of module.children.allTests('failed')) {
        lines.push(`${name} > ${test.fullName}: ${oneLine(test.result().errors?.[0])}`);
      }
    }
    for (const error of unhandled) lines.push(`unhandled: ${oneLine(error)}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
  }
}
