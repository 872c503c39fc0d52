/**
 * A planner table: search box, a filter per marked column, sortable headers (buttons with
 * aria-sort), and per row the actions the screen passes. Rows, filters and sort are pure
 * (table-model.ts); the caption names the table for screen readers.
 */
import { useId, useState, type ReactNode } from 'react';
import {
  cellText,
  EMPTY_TABLE_STATE,
  filterOptions,
  nextSort,
  visibleRows,
  type Column,
  type TableState,
} from './table-model.js';

interface Props<R> {
  caption: string;
  rows: readonly R[];
  columns: Column<R>[];
  rowKey: (row: R) => string;
  /** Per-cell rendering where text is not enough (a link, emphasis). */
  render?: Partial<Record<string, (row: R) => ReactNode>>;
  actions?: (row: R) => ReactNode;
  testId: string;
}

export function PlannerTable<R>({ caption, rows, columns, rowKey, render, actions, testId }: Props<R>) {
  const id = useId();
  const [state, setState] = useState<TableState>(EMPTY_TABLE_STATE);
  const shown = visibleRows(rows, columns, state);
  const setFilter = (key: string, value: string) =>
    setState((s) => ({ ...s, filters: { ...s.filters, [key]: value } }));
  return (
    <div className="rp-planner-table" data-testid={testId}>
      <div className="rp-table-tools" role="search" aria-label={`Zoeken en filteren in ${caption.toLowerCase()}`}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${id}-zoek`}>
            Zoeken
          </label>
          <input
            id={`${id}-zoek`}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={state.search}
            onChange={(e) => setState((s) => ({ ...s, search: e.target.value }))}
            data-testid={`${testId}-zoek`}
          />
        </div>
        {columns
          .filter((c) => c.filter)
          .map((c) => (
            <div key={c.key} className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`${id}-f-${c.key}`}>
                {c.label}
              </label>
              <select
                id={`${id}-f-${c.key}`}
                className="utrecht-select utrecht-select--html-select"
                value={state.filters[c.key] ?? ''}
                onChange={(e) => setFilter(c.key, e.target.value)}
                data-filter={c.key}
              >
                <option value="">alle</option>
                {filterOptions(rows, c).map((o) => (
                  <option key={o} value={o}>
                    {o.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            </div>
          ))}
      </div>
      <p className="rp-hint" role="status">
        {shown.length === rows.length ? `${rows.length} rijen` : `${shown.length} van ${rows.length} rijen`}
      </p>
      <div className="rp-table-scroll">
        <table className="utrecht-table rp-table">
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((c) => {
                const sorted = state.sort?.key === c.key ? state.sort.direction : null;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className="utrecht-table__header-cell"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button
                      type="button"
                      className="rp-linkbutton"
                      data-sorteer={c.key}
                      onClick={() => setState((s) => ({ ...s, sort: nextSort(s, c.key) }))}
                    >
                      {c.label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
              {actions && (
                <th scope="col" className="utrecht-table__header-cell">
                  Acties
                </th>
              )}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((row) => (
              <tr key={rowKey(row)} className="utrecht-table__row" data-rij={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className="utrecht-table__cell" data-kolom={c.key}>
                    {render?.[c.key]?.(row) ?? cellText(c.value(row))}
                  </td>
                ))}
                {actions && <td className="utrecht-table__cell rp-row-actions">{actions(row)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
