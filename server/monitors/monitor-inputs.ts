/** Everything the monitors read, loaded once per request: two snapshots and the published changes. */
import type { Queryable } from '../common/sql.js';
import type { MonitorOptions } from './monitor.model.js';
import { PROVINCE_CODES, provincePopulation, publishedChanges, publishedStatementsAbout, type PopulationRow, type PublishedChangeRow } from './monitor.queries.js';
import { provinceSnapshot, type ProvinceSnapshot } from './snapshot.js';
import { nationalGrowthOf, type Growth } from './growth.js';

export interface MonitorInputs {
  options: MonitorOptions;
  from: ProvinceSnapshot;
  to: ProvinceSnapshot;
  published: PublishedChangeRow[];
  nationalGrowth: Growth;
  randstadStatements: PublishedChangeRow[];
  /** Population per province nearest the end date (see provincePopulation). */
  population: PopulationRow[];
}

export async function loadMonitorInputs(db: Queryable, options: MonitorOptions): Promise<MonitorInputs> {
  const from = await provinceSnapshot(db, { peildatum: options.fromPeildatum, dataset: options.dataset });
  const to = await provinceSnapshot(db, { peildatum: options.toPeildatum, dataset: options.dataset });
  // Published changes are facts about the published series; demonstration data has none.
  const published = options.dataset === 'gepubliceerd'
    ? await publishedChanges(db, { from: options.fromPeildatum, to: options.toPeildatum, regionCodes: [null, ...PROVINCE_CODES] })
    : [];
  const randstadStatements = options.dataset === 'gepubliceerd' ? await publishedStatementsAbout(db, 'randstad', options.toPeildatum) : [];
  const population = await provincePopulation(db, options.toPeildatum);
  return { options, from, to, published, nationalGrowth: nationalGrowthOf(from, to, published), randstadStatements, population };
}
