/** Everything the monitors read, loaded once per request: two snapshots and the published statements. */
import type { Queryable } from '../common/sql.js';
import type { PublishedStatement } from '../statements/published-statement.model.js';
import { publishedStatements } from '../statements/statement.queries.js';
import type { MonitorOptions } from './monitor.model.js';
import { provincePopulation, type PopulationRow } from './monitor.queries.js';
import { provinceSnapshot, type ProvinceSnapshot } from './snapshot.js';
import { nationalGrowthOf, type Growth } from './growth.js';

export interface MonitorInputs {
  options: MonitorOptions;
  from: ProvinceSnapshot;
  to: ProvinceSnapshot;
  /** Published changes over exactly the period, every province and the country. */
  published: PublishedStatement[];
  nationalGrowth: Growth;
  /** Published statements about the Randstad for periods ending on the end date. */
  randstadStatements: PublishedStatement[];
  /** Population per province nearest the end date (see provincePopulation). */
  population: PopulationRow[];
}

export async function loadMonitorInputs(db: Queryable, options: MonitorOptions): Promise<MonitorInputs> {
  const from = await provinceSnapshot(db, { peildatum: options.fromPeildatum, dataset: options.dataset });
  const to = await provinceSnapshot(db, { peildatum: options.toPeildatum, dataset: options.dataset });
  // Published statements are facts about the published series; demonstration data has none.
  const changes = options.dataset === 'gepubliceerd' ? await publishedStatements(db, { kinds: ['verandering'] }) : [];
  const published = changes.filter((s) => s.periodFrom === options.fromPeildatum && s.periodTo === options.toPeildatum);
  const randstadStatements = changes.filter((s) => s.periodTo === options.toPeildatum && /randstad/i.test(s.metric));
  const population = await provincePopulation(db, options.toPeildatum);
  return {
    options,
    from,
    to,
    published,
    nationalGrowth: nationalGrowthOf(from, to, published),
    randstadStatements,
    population,
  };
}
