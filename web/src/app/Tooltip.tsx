/** Hover tooltip for a region: name and the value (or why there is none). Mirrors the table row. */
import type { ChoroplethRow } from '../features/choropleth/useChoropleth.js';
import { formatMetric } from '../lib/format.js';
import type { Metric } from '../state/view.js';

export function Tooltip({
  row,
  point,
  metric,
}: {
  row: ChoroplethRow | undefined;
  point: { x: number; y: number } | null;
  metric: Metric;
}) {
  if (!row || !point) return null;
  return (
    <div className="rp-tooltip" style={{ left: point.x + 12, top: point.y + 12 }} role="tooltip" data-testid="tooltip">
      <strong>{row.name}</strong>
      <div>
        {row.value !== null ? formatMetric(row.value, metric) : <span className="rp-missing">{row.missing}</span>}
      </div>
    </div>
  );
}
