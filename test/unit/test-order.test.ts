/**
 * The integration files start with foundation.test.ts (test/support/sequencer.ts says why), in
 * the order Vitest itself takes from vitest.config.ts: a sequencer set on a project is ignored,
 * which is how foundation.test.ts once ran as the 21st file while the comment said first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createVitest, type Vitest } from 'vitest/node';

describe('integration file order', () => {
  let vitest: Vitest | undefined;
  afterAll(async () => vitest?.close());

  it('runs foundation.test.ts first, with the sequencer Vitest reads from the root config', async () => {
    vitest = await createVitest('test', { watch: false, project: ['integration'] }, {}, {});
    const specifications = await vitest.globTestSpecifications();
    const Sequencer = vitest.config.sequence.sequencer;
    const sorted = await new Sequencer(vitest).sort(specifications);
    const names = sorted.map((spec) => spec.moduleId.split('/').pop());
    expect(names.length).toBeGreaterThan(50);
    expect(names[0]).toBe('foundation.test.ts');
    expect(names.filter((name) => name === 'foundation.test.ts')).toHaveLength(1);
  }, 60_000);
});

describe('integration file isolation', () => {
  let vitest: Vitest | undefined;
  afterAll(async () => vitest?.close());

  // Reproduced: a file that failed with four embedded connections open made the next file's
  // beforeAll fail ("too many connections"), and so on for every later file, in one module graph.
  it('runs each integration file in its own process, so connections a failed file left open die with it', async () => {
    vitest = await createVitest('test', { watch: false, project: ['integration'] }, {}, {});
    const [project] = vitest.projects.filter((p) => p.name === 'integration');
    expect(project?.config.isolate).toBe(true);
  }, 60_000);
});
