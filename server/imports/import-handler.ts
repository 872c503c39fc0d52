/** What each import kind (fte, sites, projects, profiles, boundaries) provides to the runner. */
import type { DataSource, EntityManager } from 'typeorm';
import type { Dataset } from '../../common/domain.js';
import type { Geocoder } from '../geocoding/geocoder.js';
import type { RowError } from '../tables/row-errors.js';
import type { Table } from '../tables/table-reader.js';

export type ProgressPhase = 'lezen' | 'controleren' | 'schrijven';
export type ProgressCallback = (phase: ProgressPhase, done: number, total: number) => void;

export interface ImportOptions {
  dataset: Dataset;
  /** Source URL written on each row; default: the delivery itself (import:<id>/<file>). */
  sourceUrl?: string;
  aliasFile?: string;
  geocoder?: Geocoder;
  /** Boundaries: division year and region kind when the file does not say. */
  year?: number;
  progress?: ProgressCallback;
}

export interface PrepareContext extends ImportOptions {
  db: DataSource;
  file: string;
  /** The file as rows (not for GeoJSON boundaries, which read the file themselves). */
  table: Table;
}

export interface WriteContext extends ImportOptions {
  importId: number;
  sourceUrl: string;
}

export interface ImportHandler<T> {
  kind: string;
  /** The datasets this kind may write; default both. Reference data shared by both is published only. */
  datasets?: readonly Dataset[];
  /** Whether the file is tabular (CSV/XLSX); false for GeoJSON. */
  tabular?: boolean;
  prepare(context: PrepareContext): Promise<{ records: T[]; errors: RowError[]; total?: number }>;
  write(manager: EntityManager, records: T[], context: WriteContext): Promise<number>;
  /** Work after a successful write, in the same transaction (e.g. derive membership). */
  after?(manager: EntityManager, records: T[], context: WriteContext): Promise<void>;
}
