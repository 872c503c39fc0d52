import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { CaseKind, Dataset } from '../../common/domain.js';

/** A location-advice case (casus): a service that grows, shrinks, starts or moves. */
@Entity({ name: 'location_case' })
export class LocationCase {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer', name: 'organisation_id', nullable: true })
  organisationId: number | null;

  @Column({ type: 'text', name: 'organisation_name', nullable: true })
  organisationName: string | null;

  @Column({ type: 'text' })
  kind: CaseKind;

  @Column({ type: 'text', name: 'kind_as_written', nullable: true })
  kindAsWritten: string | null;

  /** Positive for growth, negative for shrinkage; null when the source gives no number. */
  @Column({ type: 'numeric', name: 'fte_change', precision: 10, scale: 1, nullable: true })
  fteChange: string | null;

  @Column({ type: 'text', name: 'fte_change_as_written', nullable: true })
  fteChangeAsWritten: string | null;

  /** Fte that move in one step (a unit leaving or arriving), beside the net change; never negative. */
  @Column({ type: 'numeric', name: 'fte_moving', precision: 10, scale: 1, nullable: true })
  fteMoving: string | null;

  @Column({ type: 'text', name: 'from_region_code', nullable: true })
  fromRegionCode: string | null;

  @Column({ type: 'text', name: 'to_region_code', nullable: true })
  toRegionCode: string | null;

  @Column({ type: 'integer', name: 'from_site_id', nullable: true })
  fromSiteId: number | null;

  @Column({ type: 'integer', name: 'to_site_id', nullable: true })
  toSiteId: number | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text', nullable: true })
  advice: string | null;

  @Column({ type: 'text', nullable: true })
  decision: string | null;

  /** Confidential cases and their advice are for planners and admins only. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ type: 'text', name: 'source_url', nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'gepubliceerd' })
  dataset: Dataset;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
