import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MultiPolygon } from 'geojson';
import type { RegionKind } from '../../common/domain.js';

/**
 * A CBS region of one division year: provincie, COROP-gebied, gemeente or arbeidsmarktregio.
 * Parent codes are derived spatially when boundaries load (point on surface), never from
 * shared vertices — the CBS layers were simplified separately.
 */
@Entity({ name: 'region' })
@Unique('uq_region_kind_code_year', ['kind', 'code', 'year'])
@Index('idx_region_kind_year', ['kind', 'year'])
export class Region {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  kind: RegionKind;

  @Index('idx_region_code')
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  @Index('idx_region_geom', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326 })
  geom: MultiPolygon;

  @Column({ type: 'text', name: 'provincie_code', nullable: true })
  provincieCode: string | null;

  @Column({ type: 'text', name: 'corop_code', nullable: true })
  coropCode: string | null;

  @Column({ type: 'text', name: 'arbeidsmarktregio_code', nullable: true })
  arbeidsmarktregioCode: string | null;

  @Column({ type: 'boolean', name: 'is_randstad', default: false })
  isRandstad: boolean;

  @Column({ type: 'boolean', name: 'is_grensregio', default: false })
  isGrensregio: boolean;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'integer', name: 'import_id', nullable: true })
  importId: number | null;
}

/** Inhabitants of a region (or NL for the country) on a reference date, from CBS. */
@Entity({ name: 'population' })
@Unique('uq_population', ['regionCode', 'peildatum'])
export class Population {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', name: 'region_code' })
  regionCode: string;

  @Column({ type: 'date' })
  peildatum: string;

  @Column({ type: 'integer' })
  inhabitants: number;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
