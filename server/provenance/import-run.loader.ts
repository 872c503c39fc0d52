/** DataLoader for imports by id (the importRun field of sites, regions and fte figures). */
import { hasRole } from '../auth/guard.js';
import type { RequestContext } from '../graphql/context.js';
import { oneLoader } from '../graphql/loaders.js';
import { importRunsByIds } from './import-run.queries.js';
import { toImportRun, type ImportRunType } from './import-run.type.js';

export function importRunById(ctx: RequestContext) {
  const showActor = hasRole(ctx.viewer, 'planner');
  return oneLoader<number, ImportRunType>(
    ctx,
    'importRun.byId',
    async (ids) => (await importRunsByIds(ctx.db, ids)).map((r) => toImportRun(r, showActor)),
    (r) => r.id,
  );
}
