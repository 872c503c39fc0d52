/**
 * Popup content for a point, built as DOM text (never HTML from data): name, place, status,
 * precision ("op gemeenteniveau geplaatst"), demo label and the source link. The fragments say
 * what a point of each layer carries; the point layers' queries (point-data.ts) spread them.
 */
import { graphql } from '../gql/index.js';

export const SITE_POINT = graphql(`
  fragment SitePoint on Site { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }
`);

export const PROJECT_POINT = graphql(`
  fragment ProjectPoint on MasterplanProject { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }
`);

export const STATION_POINT = graphql(`
  fragment StationPoint on Station { code name type sourceUrl location }
`);

const KIND_LABELS: Record<string, string> = {
  rijkskantoor: 'Rijkskantoor',
  rijksontmoetingsplein: 'Rijksontmoetingsplein',
};

export function popupContent(properties: Record<string, unknown>): HTMLElement {
  const root = document.createElement('div');
  root.className = 'rp-popup';
  const add = (tag: string, text: string, className?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    root.append(el);
    return el;
  };
  add('strong', String(properties.name ?? properties.code ?? 'Locatie'));
  const kind =
    KIND_LABELS[String(properties.kind)] ??
    (properties.type
      ? `Station (${properties.type})`
      : properties.status
        ? `Masterplanproject — ${properties.status}`
        : null);
  if (kind) add('div', kind);
  if (properties.city || properties.address)
    add('div', [properties.address, properties.city].filter(Boolean).join(', '));
  if (properties.ropStatus)
    add(
      'div',
      properties.ropStatus === 'gepland'
        ? 'Gepland'
        : `Open${properties.ropOpenedOn ? ` sinds ${properties.ropOpenedOn}` : ''}`,
    );
  if (properties.gemeentePrecisie)
    add('div', 'Op gemeenteniveau geplaatst: het adres is niet exact bekend.', 'rp-popup__precision');
  if (properties.demo) add('div', 'fictieve voorbeelddata', 'rp-demo-label');
  const source = properties.sourceUrl ?? properties.source;
  if (typeof source === 'string' && /^https?:\/\//.test(source)) {
    const link = add('a', 'Bron') as HTMLAnchorElement;
    link.href = source;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  return root;
}
