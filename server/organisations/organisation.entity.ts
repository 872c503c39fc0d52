import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { Sector } from '../../common/domain.js';

/** A ministry, service or zbo; `parent` points at its ministry. */
@Entity({ name: 'organisation' })
export class Organisation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  abbreviation: string | null;

  @Column({ type: 'text' })
  sector: Sector;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organisation | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
