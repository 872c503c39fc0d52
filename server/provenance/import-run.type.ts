import { Field, Int, ObjectType } from 'type-graphql';
import type { Dataset } from '../../common/domain.js';
import { DateTimeScalar } from '../graphql/common.types.js';
import { Connection } from '../graphql/connection.js';
import { DatasetEnum } from '../graphql/enums.js';
import type { ImportRunRow } from './import-run.queries.js';

@ObjectType('ImportRun', {
  description:
    'Een import (levering): herkomst van gegevens — welk bestand, wat er met de rijen gebeurde, wie en wanneer',
})
export class ImportRunType {
  @Field(() => Int, { description: 'Vaste sleutel' })
  id: number;

  @Field(() => String, { description: 'Soort import, bijv. fte-levering, grenzen, locaties' })
  kind: string;

  @Field(() => String, { description: 'Bestandsnaam van de levering' })
  fileName: string;

  @Field(() => String, { description: 'SHA-256 van het bestand (zelfde bestand = zelfde hash)' })
  fileHash: string;

  @Field(() => DatasetEnum, { description: 'Gepubliceerde cijfers of fictieve voorbeelddata' })
  dataset: Dataset;

  @Field(() => Int, { description: 'Aantal rijen in het bestand' })
  rowsTotal: number;

  @Field(() => Int, { description: 'Aantal geschreven rijen' })
  rowsWritten: number;

  @Field(() => Int, { description: 'Aantal geweigerde rijen' })
  rowsRejected: number;

  @Field(() => String, {
    nullable: true,
    description: 'Wie de import uitvoerde; alleen zichtbaar voor planners en beheerders',
  })
  actor: string | null;

  @Field(() => DateTimeScalar, { description: 'Begonnen op' })
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Klaar op; null als de import niet afrondde' })
  finishedAt: Date | null;
}

/** `showActor` is false for callers without the planner role: names of people are not public. */
export function toImportRun(row: ImportRunRow, showActor: boolean): ImportRunType {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    fileHash: row.file_hash.trim(),
    dataset: row.dataset,
    rowsTotal: row.rows_total,
    rowsWritten: row.rows_written,
    rowsRejected: row.rows_rejected,
    actor: showActor ? row.actor : null,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

@ObjectType('ImportRunConnection', { description: 'Een pagina imports' })
export class ImportRunConnection extends Connection(ImportRunType, 'ImportRun') {}
