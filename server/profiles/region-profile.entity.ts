import { Column, Entity, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';

/**
 * A region's development profile: its core qualities (kernkwaliteiten) and opportunities. One per
 * region: a newer delivery updates it. Profiles are published reference data (no demo dataset).
 */
@Entity({ name: 'region_profile' })
@Unique('uq_region_profile_region', ['regionCode'])
export class RegionProfile {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', name: 'region_code' })
  regionCode: string;

  @Column({ type: 'text', array: true, name: 'core_qualities', default: () => "'{}'" })
  coreQualities: string[];

  @Column({ type: 'text', nullable: true })
  opportunities: string | null;

  @Column({ type: 'date', name: 'received_on', nullable: true })
  receivedOn: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
