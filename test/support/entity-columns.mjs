/**
 * Prints, as JSON, every TypeORM column (table, column, database type) of the entities compiled
 * into the folder given as argument. Used by test/integration/decorator-metadata.test.ts to read a
 * build made without decorator metadata; a column whose type TypeORM can only infer from metadata
 * makes buildMetadatas() throw here.
 */
import 'reflect-metadata';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';

const { ENTITIES } = await import(pathToFileURL(path.join(process.argv[2], 'server/db/entities.js')).href);
console.log(JSON.stringify(await entityColumns(ENTITIES)));

/** @param {Function[]} entities */
async function entityColumns(entities) {
  // No connection is made: metadata is built from the decorators alone.
  const dataSource = new DataSource({ type: 'postgres', entities });
  await dataSource.buildMetadatas();
  return dataSource.entityMetadatas
    .flatMap((m) =>
      m.columns.map((c) => [m.tableName, c.databaseName, typeof c.type === 'function' ? c.type.name : String(c.type)]),
    )
    .sort((a, b) => a.join('.').localeCompare(b.join('.')));
}
