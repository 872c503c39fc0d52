/**
 * When the map can colour no region, one sentence says why (decided from the data: the level has
 * no published figure at all, this date has none, or this metric has none), what would fill it,
 * and offers what does show figures: the newest date with figures, or the fictional demo.
 */
import type { Emptiness } from '../choropleth/useChoropleth.js';
import { updateView } from '../../state/useView.js';
import { LEVEL_LABELS, METRIC_LABELS, type View } from '../../state/view.js';
import { formatDate } from '../../lib/format.js';

const PLURAL: Record<View['level'], string> = {
  provincie: 'provincie',
  corop: 'COROP-gebied',
  arbeidsmarktregio: 'arbeidsmarktregio',
  gemeente: 'gemeente',
};

function sentence(empty: Emptiness, view: View, date: string | null): string {
  const level = PLURAL[view.level];
  if (view.dataset === 'demo')
    return `De fictieve voorbeelddata hebben voor deze keuze geen cijfer (${LEVEL_LABELS[view.level].toLowerCase()}, ${formatDate(date)}).`;
  switch (empty.kind) {
    case 'niveau':
      return (
        `Geen enkele ${level} heeft een gepubliceerd cijfer, omdat de bronnen alleen landelijke totalen en enkele ` +
        'provincies noemen; de jaarlijkse levering van de ministeries per locatie, ingelezen met de importer ' +
        '(npm run import), vult dit niveau.'
      );
    case 'datum':
      return `Op ${formatDate(date)} heeft geen enkele ${level} een gepubliceerd cijfer; het nieuwste is van ${formatDate(empty.newest)}.`;
    case 'maat':
      return (
        `Geen enkele ${level} heeft een waarde voor "${METRIC_LABELS[view.metric]}": daarvoor zijn regiocijfers ` +
        'nodig op beide peildata of een inwonertal; per regio staat de reden in de tabel.'
      );
  }
}

export function WhyEmpty({
  empty,
  view,
  date,
  demoAvailable,
}: {
  empty: Emptiness;
  view: View;
  date: string | null;
  demoAvailable: boolean;
}) {
  return (
    <div className="utrecht-alert utrecht-alert--info rp-notice rp-why-empty" role="status" data-testid="waarom-leeg">
      <p>{sentence(empty, view, date)}</p>
      <p className="rp-why-empty__actions">
        {empty.kind === 'datum' && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => updateView({ date: empty.newest })}
          >
            Toon {formatDate(empty.newest)}
          </button>
        )}
        {view.dataset === 'gepubliceerd' && demoAvailable && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => updateView({ dataset: 'demo' })}
          >
            Bekijk de fictieve voorbeelddata
          </button>
        )}
      </p>
    </div>
  );
}
