/**
 * Monitors on the published figures, checked against values computed by hand from those
 * figures (rijkswerkgelegenheid_totaal.csv, _provincie.csv, _provincie_ontwikkeling.csv,
 * bevolking_provincie.csv), and on demonstration-style deliveries where every figure exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runMonitors } from '../../server/monitors/monitors.service.js';
import { nationalGrowth } from '../../server/monitors/national-growth.js';
import type { MonitorResult } from '../../server/monitors/monitor.model.js';
import { backends, connect } from '../support/backends.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const byId = (results: MonitorResult[], id: MonitorResult['id']) => results.find((r) => r.id === id)!;

describe.each(backends())('monitors on $name', (backend) => {
  let db: DataSource;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    await ensurePublishedFacts(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('reproduces the published national growth statement: 17.527 fte, 5,2 % in 2023', async () => {
    const growth = await nationalGrowth(db, { from: '2023-01-01', to: '2024-01-01', dataset: 'gepubliceerd' });
    expect(growth.fte).toBe(353797 - 336270);
    expect(growth.fte).toBe(17527);
    expect(growth.percent).toBeCloseTo(5.2, 1);
    expect(growth.sources).toEqual(expect.arrayContaining(['https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024D41010&did=2024D41010']));
  });

  it('De Vries 2021→2022: Fryslân (−2,3 %) and Drenthe (3 %) lag national growth of 3,2 %; Zeeland and Limburg have no number', async () => {
    const m = byId(await runMonitors(db, { fromPeildatum: '2021-01-01', toPeildatum: '2022-01-01', dataset: 'gepubliceerd', randstad: RANDSTAD }), 'de_vries');
    const national = ((321396 - 311353) / 311353) * 100; // 3,23 %
    expect(m.figures[0]!.value).toBeCloseTo(national, 6);
    const fig = (code: string) => m.figures.find((f) => f.regionCode === code)!;
    expect(fig('PV21')).toMatchObject({ value: -2.3, basis: 'gepubliceerd', flagged: true });
    expect(fig('PV22')).toMatchObject({ value: 3, basis: 'gepubliceerd', flagged: true });
    expect(fig('PV29')).toMatchObject({ value: null, basis: 'ontbreekt' });
    expect(fig('PV31')).toMatchObject({ value: null, basis: 'ontbreekt' });
    expect(m.verdict).toBe('voldoet_niet');
    expect(m.missing).toEqual(['Limburg', 'Zeeland']);
    expect(m.publishedStatements).toContain('Limburg: rond 2 procent');
    expect(m.explanation).toMatch(/Fryslân.*Drenthe/);
  });

  it('De Vries 2022→2023: Limburg grew 3,5 % against 4,6 % nationally', async () => {
    const m = byId(await runMonitors(db, { fromPeildatum: '2022-01-01', toPeildatum: '2023-01-01', dataset: 'gepubliceerd', randstad: RANDSTAD }), 'de_vries');
    expect(m.figures[0]!.value).toBeCloseTo(((336270 - 321396) / 321396) * 100, 6);
    expect(m.figures.find((f) => f.regionCode === 'PV31')).toMatchObject({ value: 3.5, flagged: true });
    expect(m.verdict).toBe('voldoet_niet');
  });

  it('Randstad share 2023→2024 reports exactly which province figures are missing', async () => {
    const m = byId(await runMonitors(db, { fromPeildatum: '2023-01-01', toPeildatum: '2024-01-01', dataset: 'gepubliceerd', randstad: RANDSTAD }), 'randstad_aandeel');
    expect(m.verdict).toBe('onvoldoende_gegevens');
    expect(m.missing).toEqual(['Noord-Holland op 1-1-2023', 'Noord-Holland op 1-1-2024', 'Utrecht op 1-1-2023', 'Utrecht op 1-1-2024', 'Zuid-Holland op 1-1-2023', 'Zuid-Holland op 1-1-2024']);
  });

  it('Drenthe 2021→2022: +3 % on balance, not flagged', async () => {
    const m = byId(await runMonitors(db, { fromPeildatum: '2021-01-01', toPeildatum: '2022-01-01', dataset: 'gepubliceerd', randstad: RANDSTAD }), 'drenthe');
    expect(m.verdict).toBe('voldoet');
    expect(m.figures).toEqual([{ label: 'Groei Drenthe', regionCode: 'PV22', value: 3, unit: 'procent', basis: 'gepubliceerd', flagged: false }]);
  });

  it('proportionality on 1-1-2023: Limburg 12.691 of 336.270 fte against its population share', async () => {
    const m = byId(await runMonitors(db, { fromPeildatum: '2022-01-01', toPeildatum: '2023-01-01', dataset: 'gepubliceerd', randstad: RANDSTAD }), 'evenredigheid');
    expect(m.verdict).toBe('onvoldoende_gegevens');
    const population = 17947684; // sum of the 12 provinces on 1-1-2024 (CBS)
    const share = (f: string) => m.figures.find((x) => x.label === f)!.value!;
    expect(share('Aandeel Limburg in rijkswerkgelegenheid')).toBeCloseTo((12691 / 336270) * 100, 6);
    expect(share('Aandeel Limburg in bevolking')).toBeCloseTo((1133174 / population) * 100, 6);
    expect(share('Afwijking Limburg t.o.v. evenredig')).toBeCloseTo(12691 - (336270 * 1133174) / population, 3);
    expect(m.missing).toHaveLength(12); // no province has figures on both dates
    expect(m.explanation).toMatch(/Bevolking per 1-1-2024/);
  });

  it('refuses an inverted period and unknown province codes with typed errors', async () => {
    await expect(runMonitors(db, { fromPeildatum: '2024-01-01', toPeildatum: '2023-01-01', dataset: 'gepubliceerd' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'toPeildatum' } });
    await expect(runMonitors(db, { fromPeildatum: '2023-01-01', toPeildatum: '2024-01-01', dataset: 'gepubliceerd', randstad: ['PV99'] })).rejects.toMatchObject({ extensions: { field: 'randstad' } });
  });
});
