/**
 * foundation.test.ts runs before every other integration file; the rest keep Vitest's own order
 * (longest first from the last run's timings, else largest file first).
 * Why: the foundation suite drops and recreates the public schema (and with it PostGIS) to prove
 * the migrations from scratch. In the embedded PGlite — one backend for the whole run — PostGIS
 * caches operator lookups per backend, so once another suite has used ST_Intersects on an index,
 * a recreated PostGIS fails with "no spatial operator found for 'st_intersects'". Running the
 * foundation first keeps that proof and every later suite valid, independent of timing caches.
 * Vitest reads a sequencer from the root config only (a project's own is ignored): vitest.config.ts
 * sets it there, and test/unit/test-order.test.ts checks the order Vitest really uses.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class FoundationFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isFoundation = (file: TestSpecification) => file.moduleId.endsWith('/integration/foundation.test.ts');
    return [...sorted.filter(isFoundation), ...sorted.filter((file) => !isFoundation(file))];
  }
}
