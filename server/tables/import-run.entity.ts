import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Dataset } from '../../common/domain.js';

/** One delivery that was imported: which file (by hash), what came of its rows, who and when. */
@Entity({ name: 'import_run' })
export class ImportRun {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Column({ type: 'char', length: 64, name: 'file_hash' })
  fileHash: string;

  @Column({ type: 'text', default: 'gepubliceerd' })
  dataset: Dataset;

  @Column({ type: 'integer', name: 'rows_total' })
  rowsTotal: number;

  @Column({ type: 'integer', name: 'rows_written' })
  rowsWritten: number;

  @Column({ type: 'integer', name: 'rows_rejected' })
  rowsRejected: number;

  @Column({ type: 'text' })
  actor: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'started_at' })
  startedAt: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
