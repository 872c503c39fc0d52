/**
 * Joins boundaries, figures and the chosen metric into one model that the map, legend and table
 * twin all render: same values, same classes, same colours. Regions without a figure stay in the
 * model with the reason why, so the table lists them as the map shows them.
 */
import { useMemo } from 'react';
import { classify, classOf, type Classification } from '../../map/classify.js';
import type { RegionStyle } from '../../map/RegionLayer.js';
import { NO_FIGURE, pickMetric, type MetricValue } from '../../lib/metrics.js';
import { formatMetric, zeroBand } from '../../lib/format.js';
import { useRegionBoundaries, type BoundariesResult } from './boundaries.js';
import { useRegionFigures, type FiguresResult } from './figures.js';
import { needsCompare, type View } from '../../state/view.js';

export interface ChoroplethRow extends MetricValue {
  cls: number;
  color: string | null;
}

export interface ChoroplethModel {
  boundaries: BoundariesResult;
  figures: FiguresResult;
  rows: ChoroplethRow[];
  classification: Classification | null;
  styles: Map<string, RegionStyle>;
  /** Why the map shows no colours, when it shows none. */
  notice: string | null;
  /** Why no region has a value (a level, a date or a metric without figures), when none has. */
  empty: Emptiness | null;
}

export type Emptiness = { kind: 'niveau' } | { kind: 'datum'; newest: string } | { kind: 'maat' };

export function useChoropleth(view: View): ChoroplethModel {
  const boundaries = useRegionBoundaries(view.level);
  const figures = useRegionFigures(view);

  return useMemo(() => {
    const notice = noticeFor(view, figures);
    const values = pickMetric(boundaries.regions, figures.rows, {
      metric: view.metric,
      comparing: view.compare !== null,
    });
    const palette = needsCompare(view.metric) ? 'divergerend' : 'sequentieel';
    const classification = classify(
      values.map((v) => v.value),
      { method: view.classMethod, classes: view.classes, palette, neutralBand: zeroBand(view.metric) },
    );
    const rows = values.map((v) => {
      const cls = classOf(v.value, classification);
      return { ...v, cls, color: cls >= 0 ? classification!.colors[cls]! : null };
    });
    const styles = new Map(
      rows.map((r) => [
        r.code,
        { cls: r.cls, label: r.value === null ? (r.missing ?? NO_FIGURE) : formatMetric(r.value, view.metric) },
      ]),
    );
    const empty = notice ? null : emptinessOf(figures, rows, figures.date);
    return { boundaries, figures, rows, classification, styles, notice, empty };
  }, [boundaries, figures, view.metric, view.classMethod, view.classes, view.compare]);
}

/** Decided from the data: no level figures at all, none on this date, or none for this metric. */
function emptinessOf(figures: FiguresResult, rows: ChoroplethRow[], date: string | null): Emptiness | null {
  if (figures.loading || figures.rows === null || figures.levelDates === null) return null;
  if (rows.some((r) => r.value !== null)) return null;
  if (figures.levelDates.length === 0) return { kind: 'niveau' };
  const newest = figures.levelDates[0]!;
  if (date !== null && !figures.levelDates.includes(date)) return { kind: 'datum', newest };
  return { kind: 'maat' };
}

function noticeFor(view: View, figures: FiguresResult): string | null {
  if (figures.error) return figures.error;
  if (!figures.loading && figures.dates.length === 0) return 'Er zijn nog geen cijfers in deze dataset.';
  if (needsCompare(view.metric) && !view.compare)
    return 'Kies een vergelijkingsdatum om verandering of groei te tonen.';
  return null;
}
