/**
 * Integration files run in a fixed order: foundation.test.ts first, then by path.
 * Why: the foundation suite drops and recreates the public schema (and with it PostGIS) to prove
 * the migrations from scratch. In the embedded PGlite — one backend for the whole run — PostGIS
 * caches operator lookups per backend, so once another suite has used ST_Intersects on an index,
 * a recreated PostGIS fails with "no spatial operator found for 'st_intersects'". Running the
 * foundation first keeps that proof and every later suite valid, independent of timing caches.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class FoundationFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith('foundation.test.ts') ? 0 : 1);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
