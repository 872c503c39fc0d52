import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A region's development profile: its core qualities (kernkwaliteiten) and opportunities. */
@Entity({ name: 'region_profile' })
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
