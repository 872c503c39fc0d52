import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Dataset, FteScope, Precision, Sector } from '../../common/domain.js';

/**
 * An fte figure on a reference date (peildatum, 1 January): for the country, a region or a site;
 * for all sectors (sector and organisation null), one sector, or one organisation.
 * `fte` is null only where the source gave an approximation, kept verbatim in `fteAsWritten`.
 */
@Entity({ name: 'fte_count' })
export class FteCount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'date' })
  peildatum: string;

  /** 'stated' when the source names the date; 'inferred' when it follows from context. */
  @Column({ type: 'text', name: 'peildatum_basis', default: 'stated' })
  peildatumBasis: 'stated' | 'inferred';

  @Column({ type: 'text' })
  scope: FteScope;

  @Column({ type: 'text', name: 'region_code', nullable: true })
  regionCode: string | null;

  @Column({ type: 'integer', name: 'site_id', nullable: true })
  siteId: number | null;

  @Column({ type: 'text', nullable: true })
  sector: Sector | null;

  @Column({ type: 'integer', name: 'organisation_id', nullable: true })
  organisationId: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  fte: string | null;

  @Column({ type: 'text', name: 'fte_as_written', nullable: true })
  fteAsWritten: string | null;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', name: 'source_title', nullable: true })
  sourceTitle: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'gepubliceerd' })
  dataset: Dataset;

  @Column({ type: 'integer', name: 'import_id', nullable: true })
  importId: number | null;
}

/** A published change (growth) over a period, often without the levels behind it. */
@Entity({ name: 'published_change' })
export class PublishedChange {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'date', name: 'period_from' })
  periodFrom: string;

  @Column({ type: 'date', name: 'period_to' })
  periodTo: string;

  @Column({ type: 'text', name: 'period_basis' })
  periodBasis: 'stated' | 'inferred' | 'not stated';

  @Column({ type: 'text', name: 'region_code', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text', name: 'region_label' })
  regionLabel: string;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ type: 'text' })
  metric: string;

  @Column({ type: 'numeric', nullable: true })
  value: string | null;

  @Column({ type: 'text', name: 'value_as_written' })
  valueAsWritten: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  precision: Precision | null;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ type: 'text', name: 'source_title', nullable: true })
  sourceTitle: string | null;

  @Column({ type: 'text', name: 'source_date', nullable: true })
  sourceDate: string | null;

  @Column({ type: 'text', nullable: true })
  conflict: string | null;
}

/** A forecast from a yearly letter, national or per province, as reported. */
@Entity({ name: 'forecast' })
export class Forecast {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'date', name: 'base_peildatum' })
  basePeildatum: string;

  @Column({ type: 'integer', name: 'forecast_year' })
  forecastYear: number;

  @Column({ type: 'text', name: 'region_code', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text', name: 'region_label' })
  regionLabel: string;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  fte: string | null;

  @Column({ type: 'text', name: 'fte_as_written', nullable: true })
  fteAsWritten: string | null;

  @Column({ type: 'text', name: 'change_as_written', nullable: true })
  changeAsWritten: string | null;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  precision: Precision | null;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ type: 'text', name: 'source_title', nullable: true })
  sourceTitle: string | null;

  @Column({ type: 'text', name: 'source_date', nullable: true })
  sourceDate: string | null;

  @Column({ type: 'text', nullable: true })
  conflict: string | null;
}
