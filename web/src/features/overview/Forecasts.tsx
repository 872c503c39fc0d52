/**
 * The published forecasts (prognoses), in the overview where a first-time visitor looks for what
 * is expected next: each as the source wrote it, with its base date, target year, precision and
 * source. They are statements, not figures on the map's time axis, so they are listed, not drawn.
 */
import { useQuery } from '@apollo/client/react';
import { PRECISION_LABELS } from '../../../../common/domain.js';
import { graphql } from '../../gql/index.js';
import { formatDate } from '../../lib/format.js';
import { useUi } from '../../state/store.js';
import { SourceLink } from './SourceLink.js';

export const OVERVIEW_FORECASTS = graphql(`
  query OverviewForecasts {
    forecasts { id regionLabel asWritten precision periodFrom forecastYear sourceUrl sourceTitle }
  }
`);

export function Forecasts() {
  const ready = useUi((s) => s.afterFirstRender);
  const { data } = useQuery(OVERVIEW_FORECASTS, { fetchPolicy: 'cache-first', skip: !ready });
  if (!data || data.forecasts.length === 0) return null;
  return (
    <div data-testid="prognoses">
      <h3 className="rp-h3">Prognoses</h3>
      <ul className="rp-list">
        {data.forecasts.map((f) => (
          <li key={f.id} data-prognose={f.forecastYear ?? ''}>
            {f.regionLabel}, {f.periodFrom ? `vanaf ${formatDate(f.periodFrom)} ` : ''}
            {f.forecastYear ? `tot ${f.forecastYear}` : 'zonder jaartal'}: “{f.asWritten}”
            <span className="rp-hint"> ({PRECISION_LABELS[f.precision]})</span>{' '}
            <SourceLink url={f.sourceUrl} title={f.sourceTitle} />
          </li>
        ))}
      </ul>
    </div>
  );
}
