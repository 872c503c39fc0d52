/**
 * The published figures around the levels: growth (published_change), forecasts (forecast) and
 * facts that must not go on a time axis (published_context: no reference date, rounded
 * journalism, or another definition). Each keeps the source's words and URL; numbers stay
 * NULL where the source only approximated.
 */
import type { EntityManager } from 'typeorm';
import { queryRows, sql, type SQL } from '../common/sql.js';
import type { SeedStep } from '../tables/seed-step.js';
import { PRECISIONS } from '../../common/domain.js';
import { orNull, readSeedCsv, SeedFileError, sectorOrNull } from '../tables/seed-csv.js';

/** Columns every published statement carries (migration 1763800015000): precision, quote, title, date, conflict. */
const STATEMENT_COLUMNS = sql`precision, quote, source_title, source_date, conflict`;
const STATEMENT_SELECT = sql`r.precision, r.quote, r.source_title, r.source_date, r.conflict`;
const STATEMENT_TYPES = sql`precision text, quote text, source_title text, source_date text, conflict text`;

const CHANGE_SQL = sql`INSERT INTO published_change (period_from, period_to, period_basis, region_code, region_label, sector, metric, value, value_as_written, unit, source_url, note, import_id, ${STATEMENT_COLUMNS})
  SELECT r.period_from, r.period_to, r.period_basis, r.region_code, r.region_label, r.sector, r.metric, r.value, r.value_as_written, r.unit, r.source_url, r.note, $2, ${STATEMENT_SELECT}
    FROM jsonb_to_recordset($1::jsonb) AS r(period_from date, period_to date, period_basis text, region_code text, region_label text,
         sector text, metric text, value numeric, value_as_written text, unit text, source_url text, note text, ${STATEMENT_TYPES})`;

const FORECAST_SQL = sql`INSERT INTO forecast (base_peildatum, forecast_year, forecast_year_basis, region_code, region_label, sector, fte, fte_as_written, change_as_written, source_url, note, import_id, ${STATEMENT_COLUMNS})
  SELECT r.base_peildatum, r.forecast_year, r.forecast_year_basis, r.region_code, r.region_label, r.sector, r.fte, r.fte_as_written, r.change_as_written, r.source_url, r.note, $2, ${STATEMENT_SELECT}
    FROM jsonb_to_recordset($1::jsonb) AS r(base_peildatum date, forecast_year int, forecast_year_basis text, region_code text, region_label text,
         sector text, fte numeric, fte_as_written text, change_as_written text, source_url text, note text, ${STATEMENT_TYPES})`;

const CONTEXT_SQL = sql`INSERT INTO published_context (date_as_written, date_basis, region_code, region_label, sector, metric, value, value_as_written, unit, why_not_on_time_axis, source_url, note, import_id, ${STATEMENT_COLUMNS})
  SELECT r.date_as_written, r.date_basis, r.region_code, r.region_label, r.sector, r.metric, r.value, r.value_as_written, r.unit, r.why_not_on_time_axis, r.source_url, r.note, $2, ${STATEMENT_SELECT}
    FROM jsonb_to_recordset($1::jsonb) AS r(date_as_written text, date_basis text, region_code text, region_label text, sector text, metric text,
         value numeric, value_as_written text, unit text, why_not_on_time_axis text, source_url text, note text, ${STATEMENT_TYPES})`;

export interface ContextFiles {
  changes: string;
  forecasts: string;
  context: string;
}

/** Every statement row must say how precise it is (PRECISIONS); the rest may be empty. */
function statementColumns(v: Record<string, string | undefined>) {
  if (!(PRECISIONS as readonly string[]).includes(v.precision ?? ''))
    throw new SeedFileError([`precision "${v.precision}" is geen van ${PRECISIONS.join(', ')}`]);
  return {
    precision: v.precision,
    quote: orNull(v.quote),
    source_title: orNull(v.source_title),
    source_date: orNull(v.source_date),
    conflict: orNull(v.conflict),
  };
}

function changes(file: string) {
  return readSeedCsv(file, ['period_from', 'period_to', 'period_basis', 'metric', 'value_as_written', 'unit']).map(
    ({ values: v }) => ({
      period_from: v.period_from,
      period_to: v.period_to,
      period_basis: v.period_basis,
      region_code: orNull(v.statcode),
      region_label: v.region_label,
      sector: sectorOrNull(v.sector),
      metric: v.metric,
      value: orNull(v.value),
      value_as_written: v.value_as_written,
      unit: v.unit,
      source_url: v.source_url,
      note: orNull(v.note),
      ...statementColumns(v),
    }),
  );
}

function forecasts(file: string) {
  return readSeedCsv(file, ['base_peildatum', 'forecast_year', 'forecast_year_basis', 'region_label']).map(
    ({ values: v }) => ({
      base_peildatum: v.base_peildatum,
      forecast_year: Number(v.forecast_year),
      forecast_year_basis: v.forecast_year_basis,
      region_code: orNull(v.statcode),
      region_label: v.region_label,
      sector: sectorOrNull(v.sector),
      fte: orNull(v.fte),
      fte_as_written: orNull(v.fte_as_written),
      change_as_written: orNull(v.change_as_written),
      source_url: v.source_url,
      note: orNull(v.note),
      ...statementColumns(v),
    }),
  );
}

function contextFacts(file: string) {
  return readSeedCsv(file, ['date_basis', 'region_label', 'metric', 'value_as_written', 'why_not_on_time_axis']).map(
    ({ values: v }) => ({
      date_as_written: orNull(v.date_as_written),
      date_basis: v.date_basis,
      region_code: orNull(v.statcode),
      region_label: v.region_label,
      sector: sectorOrNull(v.sector),
      metric: v.metric,
      value: orNull(v.value),
      value_as_written: v.value_as_written,
      unit: orNull(v.unit),
      why_not_on_time_axis: v.why_not_on_time_axis,
      source_url: v.source_url,
      note: orNull(v.note),
      ...statementColumns(v),
    }),
  );
}

async function insert(manager: EntityManager, statement: SQL, rows: unknown[], importId: number): Promise<number> {
  await queryRows(manager, statement, [JSON.stringify(rows), importId]);
  return rows.length;
}

export function publishedContextStep(files: ContextFiles): SeedStep {
  return {
    kind: 'seed:groei-prognose-context',
    files: [files.changes, files.forecasts, files.context],
    async clear(manager, ids) {
      for (const table of ['published_change', 'forecast', 'published_context']) {
        await queryRows(manager, sql`DELETE FROM ${sql.identifier(table)} WHERE import_id = ANY($1::int[])`, [ids]);
      }
    },
    async load(manager, importId) {
      const parsed = { c: changes(files.changes), f: forecasts(files.forecasts), x: contextFacts(files.context) };
      return (
        (await insert(manager, CHANGE_SQL, parsed.c, importId)) +
        (await insert(manager, FORECAST_SQL, parsed.f, importId)) +
        (await insert(manager, CONTEXT_SQL, parsed.x, importId))
      );
    },
  };
}
