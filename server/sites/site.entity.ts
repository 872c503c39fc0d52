import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import type { Point } from 'geojson';
import type { Dataset, LocationPrecision, RopStatus, SiteKind } from '../../common/domain.js';
import { Organisation } from '../organisations/organisation.entity.js';

/**
 * A place where the Rijk works: a rijkskantoor, a rijksontmoetingsplein (ROP) or another site.
 *
 * A ROP is a Site kind, not an entity of its own: it is a place on the map like any office,
 * searched, tiled and ranked by the same spatial machinery. Its two extra facts (status and
 * opening date) are columns that a CHECK constraint allows only on that kind.
 *
 * A site whose address could not be geocoded sits on a point on its municipality's surface,
 * with locationPrecision 'gemeente' — it is never given an invented coordinate.
 */
@Entity({ name: 'site' })
// NULLS NOT DISTINCT in the database (migration 1763800014600): a missing place counts as one value.
@Unique('uq_site_dataset_name_city', ['dataset', 'name', 'city'])
export class Site {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  kind: SiteKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Index('idx_site_gemeente')
  @Column({ type: 'text', name: 'gemeente_code', nullable: true })
  gemeenteCode: string | null;

  @Index('idx_site_geom', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'Point', srid: 4326 })
  geom: Point;

  @Column({ type: 'text', name: 'location_precision' })
  locationPrecision: LocationPrecision;

  @Column({ type: 'numeric', name: 'gross_floor_area_m2', precision: 12, scale: 1, nullable: true })
  grossFloorAreaM2: string | null;

  @Column({ type: 'integer', nullable: true })
  workplaces: number | null;

  @Column({ type: 'text', nullable: true })
  tenure: 'eigendom' | 'huur' | 'onbekend' | null;

  /** As precise as the source: "2017", "2015-07" or "2016-09-29". */
  @Column({ type: 'text', name: 'in_use_since', nullable: true })
  inUseSince: string | null;

  @Column({ type: 'text', name: 'rop_status', nullable: true })
  ropStatus: RopStatus | null;

  @Column({ type: 'text', name: 'rop_opened_on', nullable: true })
  ropOpenedOn: string | null;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'gepubliceerd' })
  dataset: Dataset;

  @Column({ type: 'integer', name: 'import_id', nullable: true })
  importId: number | null;

  @ManyToMany(() => Organisation)
  @JoinTable({
    name: 'site_organisation',
    joinColumn: { name: 'site_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organisation_id', referencedColumnName: 'id' },
  })
  organisations?: Organisation[];

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
