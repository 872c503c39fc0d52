import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { Point } from 'geojson';
import type { ChangeRequestStatus, Dataset, LocationPrecision, ProjectKind } from '../../common/domain.js';
import { Site } from '../sites/site.entity.js';

/** A project in a masterplan rijkskantoorhuisvesting: new build, renovation, disposal, ROP, … */
@Entity({ name: 'masterplan_project' })
export class MasterplanProject {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** The masterplan (per region), e.g. "Masterplan kantoorhuisvesting Den Haag". */
  @Column({ type: 'text', nullable: true })
  masterplan: string | null;

  @Column({ type: 'text' })
  name: string;

  @Index('idx_masterplan_project_site')
  @Column({ type: 'integer', name: 'site_id', nullable: true })
  siteId: number | null;

  @ManyToOne(() => Site, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'site_id' })
  site?: Site | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', name: 'gemeente_code', nullable: true })
  gemeenteCode: string | null;

  @Index('idx_masterplan_project_geom', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'Point', srid: 4326, nullable: true })
  geom: Point | null;

  @Column({ type: 'text', name: 'location_precision', nullable: true })
  locationPrecision: LocationPrecision | null;

  @Column({ type: 'text' })
  kind: ProjectKind;

  @Column({ type: 'text', name: 'kind_as_written', nullable: true })
  kindAsWritten: string | null;

  @Column({ type: 'text' })
  status: string;

  /** As the source gives it: "2024-2028", "2014-04 tot 2015-04". */
  @Column({ type: 'text', nullable: true })
  period: string | null;

  @Column({ type: 'integer', name: 'planned_workplaces', nullable: true })
  plannedWorkplaces: number | null;

  @Column({ type: 'text', name: 'source_url' })
  sourceUrl: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'gepubliceerd' })
  dataset: Dataset;

  @OneToMany(() => ChangeRequest, (changeRequest) => changeRequest.project)
  changeRequests?: ChangeRequest[];

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** A Verzoek tot Wijziging (VtW) on a masterplan project. */
@Entity({ name: 'change_request' })
export class ChangeRequest {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index('idx_change_request_project')
  @Column({ type: 'integer', name: 'project_id' })
  projectId: number;

  @ManyToOne(() => MasterplanProject, (project) => project.changeRequests, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: MasterplanProject;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  status: ChangeRequestStatus;

  @Column({ type: 'date', name: 'submitted_on', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'date', name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
