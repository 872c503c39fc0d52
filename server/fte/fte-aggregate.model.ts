/**
 * What fteAggregate (fte-aggregate.service.ts) returns: plain data, so exports, tiles and the OGC
 * API use it without loading type-graphql or reflect-metadata. The GraphQL object types in
 * fte-aggregate.type.ts have exactly this shape (they implement these interfaces), so a resolver
 * returns the service's answer as it is.
 */
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import type { Figure, SourceRef } from '../common/figure.js';

/** Published figure for exactly this region, or the sum of deliveries inside it. */
export type FteBasisValue = 'regiocijfer' | 'leveringen';

export interface FteChange {
  previous: Figure;
  absolute: Figure;
  pct: Figure;
}

export interface NationalFte {
  fte: Figure;
  asWritten: string | null;
  inhabitants: number | null;
  ftePer1000Inhabitants: Figure;
  change: FteChange;
  sources: string[];
}

export interface RegionFteFigures {
  /** The region row, resolved by the region field. */
  regionId: number;
  code: string;
  name: string;
  isRandstad: boolean;
  fte: Figure;
  basis: FteBasisValue | null;
  asWritten: string | null;
  sources: string[];
  shareOfNationalPct: Figure;
  inhabitants: number | null;
  ftePer1000Inhabitants: Figure;
  change: FteChange;
  growthVsNationalPctPoints: Figure;
  lagsNationalGrowth: boolean | null;
}

export interface FteGroup {
  label: string;
  codes: string[];
  fte: Figure;
  shareOfNationalPct: Figure;
  change: FteChange;
}

export interface FteAggregate {
  level: RegionKind;
  peildatum: string;
  comparePeildatum: string | null;
  dataset: Dataset;
  datasetLabel: string;
  isDemo: boolean;
  sector: Sector | null;
  organisationId: number | null;
  national: NationalFte;
  regions: RegionFteFigures[];
  randstad: FteGroup;
  outsideRandstad: FteGroup;
  /** A thenable, started only when read, so callers that skip `sources` skip the titles lookup. */
  sources: SourceRef[] | PromiseLike<SourceRef[]>;
}
