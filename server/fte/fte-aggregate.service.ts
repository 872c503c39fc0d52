/**
 * The fte aggregate the API serves, composed ON TOP of the core aggregation in fte.queries.ts
 * (fteByRegion, nationalFte): no second way of summing. Adds the national total, population
 * (CBS, same peildatum only), change since an earlier peildatum, growth against national growth,
 * Randstad vs the rest, the dataset label and every source cited.
 * Statements per call: 2 (regions, national) + 2 with a comparison date + population, sent
 * together, + titles when selected; per data version only once: after that one statement (the
 * version). The first call after a write reads maintained totals (fte_region_total), not every
 * delivery: its cost no longer grows with the data.
 */
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { VersionCache } from '../common/version-cache.js';
import { missing, type Figure, type SourceRef } from '../common/figure.js';
import { NETHERLANDS_CODE, populationOfLevel } from '../regions/population.queries.js';
import { sourceTitles } from './fte-count.queries.js';
import type { FteAggregate, FteGroup, NationalFte, RegionFteFigures } from './fte-aggregate.model.js';
import {
  changeOf,
  fteFigure,
  growthGap,
  lagsNational,
  per1000,
  previousFigure,
  sharePct,
  sumOf,
  withPublishedChange,
} from './fte-figures.js';
import { growthStatement, type PublishedStatement } from '../statements/published-statement.model.js';
import { changesForPeriod } from '../statements/statement.queries.js';
import { DATASET_LABELS, REASONS } from './fte-reasons.model.js';
import { fteByRegion, nationalFte, type RegionFte } from './fte.queries.js';

export interface FteAggregateArgs {
  level: RegionKind;
  peildatum: string;
  dataset: Dataset;
  sector?: Sector | null;
  organisationId?: number | null;
  comparePeildatum?: string | null;
  codes?: string[] | null;
}

/** Everything of an aggregate that does not depend on `codes`: every region of the level. */
interface LevelFigures {
  national: NationalFte;
  /** Sources behind the national total and the national population. */
  nationalUrls: string[];
  regions: { figure: RegionFteFigures; urls: string[] }[];
}

/**
 * The map, tiles, OGC API and exports ask for the same few aggregates over and over, while the
 * figures change only with an import or an edit: kept per data version (version-cache.ts), so a
 * repeated aggregate costs one tiny statement instead of three to five.
 */
const levelFigures = new VersionCache<LevelFigures>(128);

/** `options.version`: the data version the request already read (see requestDataVersion). */
export async function fteAggregate(
  db: Queryable,
  args: FteAggregateArgs,
  options: { version?: Promise<string> } = {},
): Promise<FteAggregate> {
  const key = [
    args.level,
    args.peildatum,
    args.dataset,
    args.sector ?? '',
    args.organisationId ?? '',
    args.comparePeildatum ?? '',
  ].join('|');
  const figures = await levelFigures.get(db, key, () => loadLevelFigures(db, args), options.version);
  const wanted = args.codes ? new Set(args.codes) : null;
  const chosen = wanted ? figures.regions.filter((r) => wanted.has(r.figure.code)) : figures.regions;
  const regions = chosen.map((r) => r.figure);
  const national = figures.national;
  // Groups and citations are worked out only when a query reads them (GraphQL reads fields as
  // properties): Region.fte asks for one region at a time and for neither.
  return {
    level: args.level,
    peildatum: args.peildatum,
    comparePeildatum: args.comparePeildatum ?? null,
    dataset: args.dataset,
    datasetLabel: DATASET_LABELS[args.dataset],
    isDemo: args.dataset === 'demo',
    sector: args.sector ?? null,
    organisationId: args.organisationId ?? null,
    national,
    regions,
    get randstad() {
      return group(
        'Randstad',
        regions.filter((r) => r.isRandstad),
        national,
      );
    },
    get outsideRandstad() {
      return group(
        'Buiten de Randstad',
        regions.filter((r) => !r.isRandstad),
        national,
      );
    },
    // The titles lookup runs only when a query selects `sources` (most map queries do not), as
    // GraphQL resolves a thenable field value on demand.
    sources: lazy(() => cite(db, [...new Set([...figures.nationalUrls, ...chosen.flatMap((r) => r.urls)])].sort())),
  };
}

async function loadLevelFigures(db: Queryable, args: FteAggregateArgs): Promise<LevelFigures> {
  const filter = {
    level: args.level,
    dataset: args.dataset,
    sector: args.sector ?? null,
    organisationId: args.organisationId ?? null,
    codes: null,
  };
  // Independent statements go out together (one round trip of latency instead of four on a pool):
  // what the first answer after a write waits for.
  const [rows, earlier, national, published, population] = await Promise.all([
    fteByRegion(db, { ...filter, peildatum: args.peildatum }),
    args.comparePeildatum ? fteByRegion(db, { ...filter, peildatum: args.comparePeildatum }) : undefined,
    nationalTotal(db, args),
    publishedChangesFor(db, args),
    populationOfLevel(db, args.level, args.peildatum),
  ]);
  national.change = withPublishedChange(national.change, growthStatement(published, null));
  const nationalPopulation = population.get(NETHERLANDS_CODE);
  national.inhabitants = nationalPopulation?.inhabitants ?? null;
  national.ftePer1000Inhabitants = per1000(national.fte, national.inhabitants, args.peildatum);

  const earlierByCode = new Map((earlier ?? []).map((e) => [e.code, e]));
  const regions = rows.map((row) => {
    const before = earlierByCode.get(row.code);
    const inhabitants = population.get(row.code);
    const figure = regionFigure(row, {
      args,
      national,
      inhabitants: inhabitants?.inhabitants ?? null,
      before,
      published,
    });
    return {
      figure,
      urls: [...figure.sources, ...(before?.sources ?? []), ...(inhabitants ? [inhabitants.source_url] : [])],
    };
  });
  return {
    national,
    nationalUrls: [...national.sources, ...(nationalPopulation ? [nationalPopulation.source_url] : [])],
    regions,
  };
}

async function nationalTotal(db: Queryable, args: FteAggregateArgs): Promise<NationalFte> {
  const empty = { inhabitants: null, ftePer1000Inhabitants: missing(REASONS.noOrganisationTotal) };
  if (args.organisationId != null) {
    const none = missing(REASONS.noOrganisationTotal);
    return {
      ...empty,
      fte: none,
      asWritten: null,
      change: changeOf(none, args.comparePeildatum ? none : undefined),
      sources: [],
    };
  }
  const now = await nationalFte(db, args.peildatum, args.dataset, args.sector ?? null);
  const fte =
    now.fte === null && !now.asWritten
      ? missing(REASONS.noNationalTotal(args.dataset))
      : fteFigure(now.fte, now.asWritten, args.dataset);
  let previous: Figure | undefined;
  const sources = [...now.sources];
  if (args.comparePeildatum) {
    const then = await nationalFte(db, args.comparePeildatum, args.dataset, args.sector ?? null);
    previous = previousFigure(then.fte, then.asWritten, args.dataset, args.comparePeildatum);
    sources.push(...then.sources);
  }
  return { ...empty, fte, asWritten: now.asWritten, change: changeOf(fte, previous), sources: [...new Set(sources)] };
}

interface RegionContext {
  args: FteAggregateArgs;
  national: NationalFte;
  inhabitants: number | null;
  before: RegionFte | undefined;
  published: PublishedStatement[];
}

/**
 * Published changes over exactly [comparePeildatum, peildatum]: totals only (no sector, no
 * organisation), published data only. They fill a change the levels cannot give.
 */
async function publishedChangesFor(db: Queryable, args: FteAggregateArgs): Promise<PublishedStatement[]> {
  if (!args.comparePeildatum || args.dataset !== 'gepubliceerd' || args.sector || args.organisationId != null)
    return [];
  return changesForPeriod(db, args.comparePeildatum, args.peildatum);
}

function regionFigure(row: RegionFte, c: RegionContext): RegionFteFigures {
  const fte = fteFigure(row.fte, row.asWritten, c.args.dataset);
  const previous = c.args.comparePeildatum
    ? previousFigure(c.before?.fte ?? null, c.before?.asWritten ?? null, c.args.dataset, c.args.comparePeildatum)
    : undefined;
  const found = growthStatement(c.published, row.code);
  const change = withPublishedChange(changeOf(fte, previous), found);
  const gap = growthGap(change, c.national.change);
  // A change taken from a published statement cites that statement's source too.
  const sources =
    found && change.pct.precision ? [...new Set([...row.sources, found.statement.sourceUrl])] : row.sources;
  return {
    regionId: row.regionId,
    code: row.code,
    name: row.name,
    isRandstad: row.isRandstad,
    dataset: c.args.dataset,
    fte,
    basis: row.basis,
    asWritten: row.asWritten,
    sources,
    shareOfNationalPct: sharePct(fte, c.national.fte),
    inhabitants: c.inhabitants,
    ftePer1000Inhabitants: per1000(fte, c.inhabitants, c.args.peildatum),
    change,
    growthVsNationalPctPoints: gap,
    lagsNationalGrowth: lagsNational(change, c.national.change),
  };
}

function group(label: string, members: RegionFteFigures[], national: NationalFte): FteGroup {
  const fte = sumOf(members.map((m) => m.fte));
  const previousParts = members.map((m) => m.change.previous);
  const compared = members.length > 0 && previousParts.every((p) => p.missingReason !== REASONS.noComparison);
  return {
    label,
    codes: members.map((m) => m.code),
    fte,
    shareOfNationalPct: sharePct(fte, national.fte),
    change: changeOf(fte, compared ? sumOf(previousParts) : undefined),
  };
}

/** A thenable that starts `load` on its first `then` (and only once). */
function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected) };
}

async function cite(db: Queryable, urls: string[]): Promise<SourceRef[]> {
  const titles = urls.length > 0 ? await sourceTitles(db, urls) : new Map<string, string>();
  return urls.map((url) => ({ url, title: titles.get(url) ?? null }));
}
