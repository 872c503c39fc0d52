/**
 * "Wat telt mee?": per indicator what it measures, and what counts as fte, as Rijk and as
 * Randstad, each with where it comes from (issue 18 finding 7). Texts follow the product design
 * and the source documents; the Randstad line says plainly that it is this product's choice.
 */
import type { Metric } from '../../state/view.js';
import { METRIC_LABELS } from '../../state/view.js';

const KAMERVRAGEN =
  'Antwoorden op Kamervragen over de spreiding van rijkswerkgelegenheid (BZK, 1 september 2025), voetnoot 3';
const DESIGN = 'productontwerp Rijkspresentie (beleidsregels uit de Kamerbrieven)';
const SEEDS = 'productkeuze Rijkspresentie, toegelicht in seeds/README.md: de Kamerbrieven definiëren “Randstad” niet';

const METRIC_TEXT: Record<Metric, { text: string; source: string }> = {
  fte: { text: 'Het aantal fte van het Rijk in de regio op de peildatum.', source: DESIGN },
  aandeel: {
    text: 'Het fte van de regio gedeeld door het landelijk totaal op dezelfde peildatum, in procenten.',
    source: DESIGN,
  },
  per1000: { text: 'Het fte van de regio per 1.000 inwoners.', source: 'CBS-bevolking, zie de bron bij de legenda' },
  verandering: {
    text: 'Fte op de peildatum min fte op de vergelijkingsdatum; + is groei, − is krimp.',
    source: DESIGN,
  },
  groei: {
    text: 'De groei van de regio in procenten min de landelijke groei over dezelfde periode, in procentpunt. Negatief: de regio blijft achter bij het landelijk beeld (zoals de motie-De Vries toetst); 0,0 is gelijk aan landelijk.',
    source: DESIGN,
  },
};

export function IndicatorInfo({ metric }: { metric: Metric }) {
  const current = METRIC_TEXT[metric];
  return (
    <details className="rp-indicator" data-testid="uitleg-indicator">
      <summary>Wat telt mee? Uitleg bij deze maat</summary>
      <dl>
        <dt>{METRIC_LABELS[metric]}</dt>
        <dd>
          {current.text} <cite>Bron: {current.source}.</cite>
        </dd>
        <dt>fte</dt>
        <dd>
          Voltijdequivalent: een volledige werkweek telt als 1 fte. Cijfers gelden op de peildatum 1 januari en komen
          uit de jaarlijkse aanlevering door de ministeries, per provincie en per sector (per ministerie vanaf de
          levering over 2025). Een benadering in de bron (“bijna 95.000”) blijft tekst en telt niet als getal.{' '}
          <cite>Bron: {DESIGN}.</cite>
        </dd>
        <dt>Rijk (rijkswerkgelegenheid)</dt>
        <dd>
          Zes sectoren: ministeries, Nationale Politie, Rechtspraak, gevangeniswezen (DJI), Defensie en zbo’s.
          <cite> Bron: {KAMERVRAGEN}.</cite>
        </dd>
        <dt>Randstad</dt>
        <dd>
          Hier: de provincies Utrecht, Noord-Holland en Zuid-Holland (standaardinstelling). <cite>Bron: {SEEDS}.</cite>
        </dd>
      </dl>
    </details>
  );
}
