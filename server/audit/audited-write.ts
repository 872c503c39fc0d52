/**
 * The common shape of a planner's mutation: one transaction that writes the row and its
 * AuditEntry (who, what, before, after). If either fails, neither is stored.
 */
import type { DataSource } from 'typeorm';
import { translateConstraint, type ConstraintMessage } from '../common/db-errors.js';
import { writeAudit } from './audit.js';
import { insertRow, updateVersioned, type ColumnValue, type TableSpec, type VersionedRow } from './versioned-row.js';

export interface AuditedInsert {
  table: TableSpec;
  /** Entity name in the audit log, e.g. "masterplan_project". */
  entity: string;
  values: ColumnValue[];
  actor: string;
  /** Constraints a planner can break by what they typed (a duplicate name), mapped to a field error. */
  constraints?: Record<string, ConstraintMessage>;
}

export async function auditedInsert<R extends { id: number }>(db: DataSource, spec: AuditedInsert): Promise<R> {
  return db
    .transaction(async (manager) => {
      const row = await insertRow<R>(manager, spec.table, spec.values);
      await writeAudit(manager, {
        actor: spec.actor,
        action: 'create',
        entity: spec.entity,
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    })
    .catch((error: unknown) => translateConstraint(error, spec.constraints ?? {}));
}

export interface AuditedUpdate<R> extends AuditedInsert {
  id: number;
  version: number;
  /** Rules over the stored record with the change applied; throw a ValidationError to refuse. */
  check?: (before: R) => void | Promise<void>;
}

export async function auditedUpdate<R extends VersionedRow>(db: DataSource, spec: AuditedUpdate<R>): Promise<R> {
  return db
    .transaction(async (manager) => {
      const { before, after } = await updateVersioned<R>(manager, spec.table, {
        id: spec.id,
        version: spec.version,
        values: spec.values,
        check: spec.check,
      });
      await writeAudit(manager, {
        actor: spec.actor,
        action: 'update',
        entity: spec.entity,
        entityId: spec.id,
        before,
        after,
      });
      return after;
    })
    .catch((error: unknown) => translateConstraint(error, spec.constraints ?? {}));
}

/** Column values for the fields of a change that are set; `columns` maps field → column. */
export function valuesFor<T extends object>(change: Partial<T>, columns: { [K in keyof T]?: string }): ColumnValue[] {
  const values: ColumnValue[] = [];
  for (const [field, column] of Object.entries(columns) as [keyof T, string][]) {
    const value = change[field];
    if (value !== undefined) values.push({ column, value });
  }
  return values;
}
