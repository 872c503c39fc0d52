import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, parsePosition } from '../../web/src/state/url-state.js';
import { DEFAULT_VIEW, type View } from '../../web/src/state/view.js';

describe('URL state codec (web)', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every part of a view', () => {
    const view: View = {
      level: 'corop',
      metric: 'groei',
      date: '2024-01-01',
      compare: '2022-01-01',
      sector: 'defensie',
      ministry: 7,
      dataset: 'demo',
      classMethod: 'gelijk',
      classes: 7,
      layers: ['stations', 'masterplan'],
      position: { lng: 5.12345, lat: 52.54321, zoom: 8.5 },
      selected: 'CR05',
      panel: 'monitors',
      search: 'm:punt|fte:250|p:6.56,53.21|w:333333',
    };
    const decoded = decodeView('?' + encodeView(view));
    expect(decoded).toEqual({ ...view, layers: ['masterplan', 'stations'] });
  });

  it('keeps "no layers" distinct from "default layers"', () => {
    const none = encodeView({ ...DEFAULT_VIEW, layers: [] });
    expect(none).toBe('lagen=geen');
    expect(decodeView(none).layers).toEqual([]);
  });

  it('falls back to defaults for unknown or malformed values instead of failing', () => {
    const view = decodeView(
      'niveau=wijk&maat=x&datum=2024-13&klassen=12&lagen=foo,rop&kaart=a/b/c&regio=DROP&ministerie=-3&paneel=?',
    );
    expect(view.level).toBe('provincie');
    expect(view.metric).toBe('fte');
    expect(view.date).toBeNull();
    expect(view.classes).toBe(5);
    expect(view.layers).toEqual(['rop']);
    expect(view.position).toEqual(DEFAULT_VIEW.position);
    expect(view.selected).toBeNull();
    expect(view.ministry).toBeNull();
    expect(view.panel).toBe('kaart');
  });

  it('parses positions as zoom/lat/lng and rejects impossible ones', () => {
    expect(parsePosition('7.00/52.10000/5.20000')).toEqual({ zoom: 7, lat: 52.1, lng: 5.2 });
    expect(parsePosition('30/52/5')).toBeNull();
    expect(parsePosition('7/95/5')).toBeNull();
    expect(parsePosition('7/52')).toBeNull();
  });
});
