/** The fte import kind: lookups for validation, then the batched writer. */
import type { DataSource } from 'typeorm';
import type { Dataset, Sector } from '../../common/domain.js';
import { queryRows } from '../common/sql.js';
import { loadGemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { validateFteRows, type FteLookups, type FteRecord } from './fte-rows.js';
import { writeFteRecords } from './fte-writer.js';
import type { ImportHandler } from './import-handler.js';

export async function loadFteLookups(db: DataSource, dataset: Dataset, aliasFile?: string): Promise<FteLookups> {
  const organisations = await queryRows<{ id: number; name: string; abbreviation: string | null; sector: Sector }>(
    db,
    'SELECT id, name, abbreviation, sector FROM organisation',
  );
  const orgMap = new Map<string, { id: number; name: string; sector: Sector }>();
  for (const o of organisations) {
    orgMap.set(o.name.toLowerCase(), { id: o.id, name: o.name, sector: o.sector });
    if (o.abbreviation && !orgMap.has(o.abbreviation.toLowerCase()))
      orgMap.set(o.abbreviation.toLowerCase(), { id: o.id, name: o.name, sector: o.sector });
  }
  const sites = await queryRows<{ id: number; name: string; gemeente_code: string | null }>(
    db,
    'SELECT id, name, gemeente_code FROM site WHERE dataset = $1',
    [dataset],
  );
  const siteMap = new Map<string, { id: number; gemeenteCode: string | null }[]>();
  for (const s of sites)
    siteMap.set(s.name.toLowerCase(), [
      ...(siteMap.get(s.name.toLowerCase()) ?? []),
      { id: s.id, gemeenteCode: s.gemeente_code },
    ]);
  return { organisations: orgMap, sites: siteMap, gemeenten: await loadGemeenteResolver(db, aliasFile) };
}

export const fteImport: ImportHandler<FteRecord> = {
  kind: 'fte',
  async prepare({ db, table, dataset, aliasFile, progress }) {
    const lookups = await loadFteLookups(db, dataset, aliasFile);
    return validateFteRows(table, lookups, (done) => progress?.('controleren', done, table.rows.length));
  },
  write: (manager, records, context) =>
    writeFteRecords(manager, records, {
      ...context,
      onProgress: (done, total) => context.progress?.('schrijven', done, total),
    }),
};
