/**
 * Reads published statements from published_change, forecast and published_context into the one
 * model (published-statement.ts). Parameterised SQL only; ordered for determinism.
 */
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, toNumber, val } from '../common/sql.js';
import { precisionOf, type PublishedStatement, type StatementKind } from './published-statement.model.js';

interface Row {
  id: number;
  kind: StatementKind;
  region_code: string | null;
  region_label: string;
  sector: string | null;
  metric: string;
  value: string | null;
  as_written: string;
  precision: string | null;
  unit: string | null;
  period_from: string | null;
  period_to: string | null;
  date_basis: string | null;
  date_as_written: string | null;
  forecast_year: number | null;
  source_url: string;
  source_title: string | null;
  source_date: string | null;
  quote: string | null;
  conflict: string | null;
  note: string | null;
  why_not_on_time_axis: string | null;
}

const COMMON = sql`region_code, region_label, sector, precision, source_url, source_title, source_date, quote, conflict, note`;

const CHANGES = sql`SELECT id, 'verandering' AS kind, ${COMMON}, metric, value, value_as_written AS as_written, unit,
    to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to, period_basis AS date_basis,
    NULL::text AS date_as_written, NULL::int AS forecast_year, NULL::text AS why_not_on_time_axis
  FROM published_change`;

const FORECASTS = sql`SELECT id, 'prognose' AS kind, ${COMMON}, 'prognose' AS metric, fte AS value,
    COALESCE(change_as_written, fte_as_written, '') AS as_written, CASE WHEN fte IS NULL THEN NULL ELSE 'fte' END AS unit,
    to_char(base_peildatum, 'YYYY-MM-DD') AS period_from, NULL::text AS period_to, forecast_year_basis AS date_basis,
    NULL::text AS date_as_written, forecast_year, NULL::text AS why_not_on_time_axis
  FROM forecast`;

const CONTEXT = sql`SELECT id, 'context' AS kind, ${COMMON}, metric, value, value_as_written AS as_written, unit,
    NULL::text AS period_from, NULL::text AS period_to, date_basis, date_as_written, NULL::int AS forecast_year, why_not_on_time_axis
  FROM published_context`;

function toStatement(r: Row): PublishedStatement {
  const value = toNumber(r.value);
  return {
    id: `${r.kind}:${r.id}`,
    kind: r.kind,
    regionCode: r.region_code,
    regionLabel: r.region_label,
    sector: r.sector,
    metric: r.metric,
    value,
    asWritten: r.as_written,
    precision: precisionOf({ precision: r.precision, value, asWritten: r.as_written, unit: r.unit }),
    unit: r.unit,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    dateBasis: r.date_basis,
    dateAsWritten: r.date_as_written,
    forecastYear: r.forecast_year,
    sourceUrl: r.source_url,
    sourceTitle: r.source_title,
    sourceDate: r.source_date,
    quote: r.quote,
    conflict: r.conflict,
    note: r.note,
    whyNotOnTimeAxis: r.why_not_on_time_axis,
  };
}

/** Published changes over exactly [from, to], every region and the country. */
export async function changesForPeriod(db: Queryable, from: string, to: string): Promise<PublishedStatement[]> {
  const rows = await queryRows<Row>(
    db,
    sql`${CHANGES} WHERE period_from = ${val(from)} AND period_to = ${val(to)}
      ORDER BY region_code NULLS FIRST, metric, id`,
  );
  return rows.map(toStatement);
}

export interface StatementFilter {
  kinds?: StatementKind[] | null;
  regionCode?: string | null;
}

/** Every published statement of the given kinds (all when absent), optionally for one region. */
export async function publishedStatements(db: Queryable, filter: StatementFilter = {}): Promise<PublishedStatement[]> {
  const kinds = filter.kinds?.length ? filter.kinds : ['verandering', 'prognose', 'context'];
  const rows = await queryRows<Row>(
    db,
    sql`SELECT * FROM (${CHANGES} UNION ALL ${FORECASTS} UNION ALL ${CONTEXT}) s
      WHERE s.kind = ANY(${val(kinds)}::text[])
        AND (${val(filter.regionCode ?? null)}::text IS NULL OR s.region_code = ${val(filter.regionCode ?? null)})
      ORDER BY s.kind, s.period_from NULLS LAST, s.region_code NULLS FIRST, s.metric, s.id`,
  );
  return rows.map(toStatement);
}
