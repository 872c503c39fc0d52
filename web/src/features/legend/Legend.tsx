/** The legend: one swatch per class with its range, and the hatched swatch for missing figures. */
import { classRanges, type Classification } from '../../map/classify.js';
import { formatMetric } from '../../lib/format.js';
import { METRIC_LABELS, type Metric } from '../../state/view.js';
import { NO_FIGURE } from '../../lib/metrics.js';
import { Sources } from '../table/RegionTable.js';

interface Props {
  classification: Classification | null;
  metric: Metric;
  missingCount: number;
  /** Sources of the national total, which share and growth are measured against. */
  nationalSources?: string[];
}

/**
 * The legend's lines (colour and text), shared by the legend on screen and the PNG export. Bounds
 * get as many decimals as it takes for a class never to read "19,9 tot 19,9".
 */
export function legendEntries(
  classification: Classification | null,
  metric: Metric,
): { color: string; text: string }[] {
  const ranges = classification ? classRanges(classification) : [];
  const extra =
    [0, 1, 2, 3].find((d) =>
      ranges.every((r) => r.from === r.to || formatMetric(r.from, metric, d) !== formatMetric(r.to, metric, d)),
    ) ?? 3;
  const fmt = (v: number) => formatMetric(v, metric, extra);
  return ranges.map((r) => ({
    color: r.color,
    text:
      ranges.length === 1 || r.from === r.to
        ? fmt(r.from)
        : `${fmt(r.from)} ${r.index === ranges.length - 1 ? 't/m' : 'tot'} ${fmt(r.to)}`,
  }));
}

export function Legend({ classification, metric, missingCount, nationalSources = [] }: Props) {
  const entries = legendEntries(classification, metric);
  return (
    <section className="rp-legend" aria-labelledby="legenda-titel" data-testid="legenda">
      <h2 id="legenda-titel" className="rp-h3">
        Legenda: {METRIC_LABELS[metric]}
      </h2>
      <p className="rp-hint">{classification?.method === 'gelijk' ? 'Gelijke intervallen' : 'Kwantielen'}</p>
      <ul className="rp-legend__list">
        {entries.map((e, i) => (
          <li key={i} data-klasse={i}>
            <span className="rp-swatch" style={{ background: e.color }} aria-hidden="true" />
            {e.text}
          </li>
        ))}
        <li data-klasse="-1">
          <span className="rp-swatch rp-swatch--missing" aria-hidden="true" />
          {NO_FIGURE} ({missingCount})
        </li>
      </ul>
      {(metric === 'aandeel' || metric === 'groei') && nationalSources.length > 0 && (
        <p className="rp-hint">
          Landelijk totaal: <Sources urls={nationalSources} />
        </p>
      )}
    </section>
  );
}
