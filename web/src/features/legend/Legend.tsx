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

export function Legend({ classification, metric, missingCount, nationalSources = [] }: Props) {
  const ranges = classification ? classRanges(classification) : [];
  return (
    <section className="rp-legend" aria-labelledby="legenda-titel" data-testid="legenda">
      <h2 id="legenda-titel" className="rp-h3">Legenda: {METRIC_LABELS[metric]}</h2>
      <p className="rp-hint">{classification?.method === 'gelijk' ? 'Gelijke intervallen' : 'Kwantielen'}</p>
      <ul className="rp-legend__list">
        {ranges.map((r) => (
          <li key={r.index} data-klasse={r.index}>
            <span className="rp-swatch" style={{ background: r.color }} aria-hidden="true" />
            {ranges.length === 1 ? formatMetric(r.from, metric) : `${formatMetric(r.from, metric)} ${r.index === ranges.length - 1 ? 't/m' : 'tot'} ${formatMetric(r.to, metric)}`}
          </li>
        ))}
        <li data-klasse="-1">
          <span className="rp-swatch rp-swatch--missing" aria-hidden="true" />
          {NO_FIGURE} ({missingCount})
        </li>
      </ul>
      {(metric === 'aandeel' || metric === 'groei') && nationalSources.length > 0 && (
        <p className="rp-hint">Landelijk totaal: <Sources urls={nationalSources} /></p>
      )}
    </section>
  );
}
