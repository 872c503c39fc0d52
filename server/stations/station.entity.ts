import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Point } from 'geojson';

/** A railway station, loaded at run time from the configured third-party stations file. */
@Entity({ name: 'station' })
export class Station {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** megastation, knooppuntIntercitystation, intercitystation, sneltreinstation, stoptreinstation, … */
  @Column({ type: 'text' })
  type: string;

  @Index('idx_station_geom', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'Point', srid: 4326 })
  geom: Point;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;
}
