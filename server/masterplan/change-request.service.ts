/**
 * Planner writes for change requests (verzoeken tot wijziging, VtW) on masterplan projects:
 * validated, audited, optimistic-locked. A decision date cannot precede the submission.
 */
import type { DataSource } from 'typeorm';
import { auditedInsert, auditedUpdate, valuesFor } from '../audit/audited-write.js';
import type { TableSpec } from '../audit/versioned-row.js';
import { CHANGE_REQUEST_STATUSES } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { applyPatch, requireOneOf, requireText } from '../common/validate.js';
import type { ChangeRequestInput, ChangeRequestPatch } from './masterplan.input.js';
import { CHANGE_REQUEST_COLUMNS, projectsByIds, type ChangeRequestRow } from './masterplan.queries.js';

const TABLE: TableSpec = {
  table: 'change_request',
  alias: 'c',
  returning: CHANGE_REQUEST_COLUMNS,
  what: 'Verzoek tot wijziging',
};

const COLUMNS = {
  projectId: 'project_id',
  title: 'title',
  description: 'description',
  status: 'status',
  submittedOn: 'submitted_on',
  decidedOn: 'decided_on',
} satisfies Record<keyof ChangeRequestInput, string>;

function validate(c: Omit<ChangeRequestInput, 'projectId'>): void {
  requireText('title', c.title, 'Titel');
  requireOneOf('status', CHANGE_REQUEST_STATUSES, c.status, 'Status');
  if (c.submittedOn && c.decidedOn && c.decidedOn < c.submittedOn) {
    throw new ValidationError('decidedOn', `Besloten op (${c.decidedOn}) ligt vóór ingediend op (${c.submittedOn})`);
  }
}

export async function createChangeRequest(
  db: DataSource,
  input: ChangeRequestInput,
  actor: string,
): Promise<ChangeRequestRow> {
  validate(input);
  if ((await projectsByIds(db, [input.projectId])).length === 0)
    throw new ValidationError('projectId', `Masterplanproject ${input.projectId} bestaat niet`);
  return auditedInsert<ChangeRequestRow>(db, {
    table: TABLE,
    entity: 'change_request',
    values: valuesFor(input, COLUMNS),
    actor,
  });
}

export async function updateChangeRequest(
  db: DataSource,
  id: number,
  version: number,
  patch: ChangeRequestPatch,
  actor: string,
): Promise<ChangeRequestRow> {
  return auditedUpdate<ChangeRequestRow>(db, {
    table: TABLE,
    entity: 'change_request',
    id,
    version,
    values: valuesFor<ChangeRequestInput>(patch, COLUMNS),
    actor,
    check: (stored) =>
      validate(
        applyPatch(
          {
            title: stored.title,
            description: stored.description,
            status: stored.status,
            submittedOn: stored.submitted_on,
            decidedOn: stored.decided_on,
          },
          patch,
        ),
      ),
  });
}
