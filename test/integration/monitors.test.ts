/**
 * Monitors on the published figures, checked against values computed by hand from those
 * figures (rijkswerkgelegenheid_totaal.csv, _provincie.csv, _provincie_ontwikkeling.csv,
 * bevolking_provincie.csv) and against values the test computes itself from the seed files
 * (seeds/published/*.csv); and on the demonstration dataset, where every province figure
 * exists, against totals the test sums itself from the generator's rows (site → gemeente →
 * provincie in plain TypeScript, not through the SQL aggregation the monitors use), so a wrong
 * aggregation, a wrong Randstad definition or a wrong formula fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SECTORS, SECTOR_LABELS, type Sector } from '../../common/domain.js';
import { DEMO_SOURCE, generateDemoData, type DemoData } from '../../server/demo/demo-generator.js';
import { loadDemoData, loadDemoInput, removeDemoData } from '../../server/demo/demo.seed.js';
import { runMonitors } from '../../server/monitors/monitors.service.js';
import { nationalGrowth } from '../../server/monitors/national-growth.js';
import type { MonitorResult } from '../../server/monitors/monitor.model.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const PROVINCES = ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'];
const byId = (results: MonitorResult[], id: MonitorResult['id']) => results.find((r) => r.id === id)!;
const figure = (m: MonitorResult, label: string) => {
  const found = m.figures.find((f) => f.label === label);
  if (!found) throw new Error(`geen cijfer "${label}" in ${m.id}: ${m.figures.map((f) => f.label).join(' | ')}`);
  return found;
};
const seedCsv = (name: string) =>
  parse(fs.readFileSync(seedFile('published', name), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const pctOf = (part: number, whole: number) => (part / whole) * 100;
/** The published facts themselves (../shared/data and ../shared/sources), not the product's seeds. */
const sharedCsv = (name: string) =>
  parse(fs.readFileSync(path.join(sharedDataDir(), 'data', name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
const sharedSource = (name: string) => fs.readFileSync(path.join(sharedDataDir(), 'sources', name), 'utf8');
const sharedTotal = (date: string) =>
  Number(
    sharedCsv('rijkswerkgelegenheid_totaal.csv').find(
      (r) => r.peildatum === date && r.metric === 'totaal_fte' && r.peildatum_basis === 'stated',
    )!.value,
  );
const sharedGrowth = (from: string, to: string) => pctOf(sharedTotal(to) - sharedTotal(from), sharedTotal(from));
const sharedChange = (code: string, from: string, to: string, metric: string) =>
  sharedCsv('rijkswerkgelegenheid_provincie_ontwikkeling.csv').find(
    (r) => r.statcode === code && r.periode_van === from && r.periode_tot === to && r.metric === metric,
  )!;

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
    expect(growth.sources).toEqual(
      expect.arrayContaining([
        'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024D41010&did=2024D41010',
      ]),
    );
  });

  it('De Vries 2021→2022: compares at the weaker precision — Limburg "rond 2 procent" and Fryslân −2,3 % lag, Drenthe "3 procent" cannot be judged', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2021-01-01',
        toPeildatum: '2022-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'de_vries',
    );
    const national = sharedGrowth('2021-01-01', '2022-01-01'); // 3,23 %, exact from the letters' totals
    expect(m.figures[0]).toMatchObject({ basis: 'berekend', precision: 'exact' });
    expect(m.figures[0]!.value).toBeCloseTo(national, 6);
    const fig = (code: string) => m.figures.find((f) => f.regionCode === code)!;
    const drenthe = sharedChange('PV22', '2021-01-01', '2022-01-01', 'groei_procent');
    const limburg = sharedChange('PV31', '2021-01-01', '2022-01-01', 'groei_procent');
    const fryslan = sharedChange('PV21', '2021-01-01', '2022-01-01', 'groei_procent');
    // Drenthe "3 procent" is rounded to a whole percent: 2,5–3,5 % contains 3,23 %.
    expect(Math.abs(Number(drenthe.value) - national)).toBeLessThan(0.5);
    expect(fig('PV22')).toMatchObject({
      value: Number(drenthe.value),
      precision: 'afgerond',
      asWritten: drenthe.value_as_written,
      flagged: false,
    });
    // Limburg "rond 2 procent" (approximate) is at most 2,5 %, below 3,23 %.
    expect(limburg.value_as_written).toMatch(/^rond (\d+) procent$/);
    expect(Number(/\d+/.exec(limburg.value_as_written!)![0]) + 0.5).toBeLessThan(national);
    expect(fig('PV31')).toMatchObject({
      value: null,
      precision: 'benadering',
      asWritten: limburg.value_as_written,
      flagged: true,
    });
    expect(fig('PV21')).toMatchObject({ value: Number(fryslan.value), precision: 'afgerond', flagged: true });
    expect(fig('PV29')).toMatchObject({ value: null, basis: 'ontbreekt', flagged: false });
    expect(m.verdict).toBe('voldoet_niet');
    expect(m.missing).toEqual(['groei Zeeland 1-1-2021 → 1-1-2022']);
    expect(m.explanation).toMatch(/Blijft achter .*Fryslân.*Limburg rond 2 procent \(benadering\)/);
    expect(m.explanation).toMatch(
      /Geen oordeel over Drenthe: 3 procent \(afgerond\) betekent tussen 2,5 en 3,5 %.*precisie/,
    );
    expect(m.explanation).not.toMatch(/Drenthe[^.]*blijft achter/i);
  });

  it("De Vries 2023→2024: Limburg's published decline counts as evidence against national growth of 5,2 %", async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2023-01-01',
        toPeildatum: '2024-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'de_vries',
    );
    const limburg = sharedChange('PV31', '2023-01-01', '2024-01-01', 'richting');
    expect(limburg.value_as_written).toBe('afname');
    expect(sharedGrowth('2023-01-01', '2024-01-01')).toBeGreaterThan(0);
    expect(m.figures.find((f) => f.regionCode === 'PV31')).toMatchObject({
      value: null,
      precision: 'richting',
      asWritten: 'afname',
      flagged: true,
    });
    expect(m.verdict).toBe('voldoet_niet');
    expect(m.explanation).toMatch(
      /Blijft achter bij de landelijke groei van 5,2 % \(exact, uit de totalen\): Limburg afname \(alleen richting\)/,
    );
    expect(m.explanation).not.toMatch(/Geen achterblijvende/);
    expect(m.missing).toEqual([
      'groei Drenthe 1-1-2023 → 1-1-2024',
      'groei Fryslân 1-1-2023 → 1-1-2024',
      'groei Zeeland 1-1-2023 → 1-1-2024',
    ]);
  });

  it('De Vries with no province figure says "onvoldoende gegevens" and names what is missing, never a finding', async () => {
    // 2024: the answers of 1 September 2025 give national growth of 3,8 % and no province figure.
    const answers = sharedSource('2025-09-01_antwoorden_kamervragen_spreiding.txt');
    const stated = /rijkswerkgelegenheid met (\d+,\d)% is gegroeid/.exec(answers)![1]!;
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2024-01-01',
        toPeildatum: '2025-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'de_vries',
    );
    expect(m.figures[0]).toMatchObject({
      value: Number(stated.replace(',', '.')),
      precision: 'afgerond',
      basis: 'gepubliceerd',
    });
    expect(m.verdict).toBe('onvoldoende_gegevens');
    expect(m.explanation).toMatch(
      /^Onvoldoende gegevens: geen gepubliceerd cijfer voor de groei van Fryslân, Drenthe, Zeeland en Limburg/,
    );
    expect(m.explanation).toContain('niets vergeleken');
    expect(m.explanation).not.toMatch(/gevonden|\bvoldoet\b|achterblijvende/i);
    expect(m.missing).toHaveLength(4);
    // Without any national figure either, it says so.
    const none = byId(
      await runMonitors(db, {
        fromPeildatum: '2025-01-01',
        toPeildatum: '2026-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'de_vries',
    );
    expect(none.verdict).toBe('onvoldoende_gegevens');
    expect(none.explanation).toMatch(/^Onvoldoende gegevens: er is geen gepubliceerd cijfer voor de landelijke groei/);
    expect(none.missing).toContain('landelijke groei 1-1-2025 → 1-1-2026');
  });

  it('monitor texts show no internal keys and state the Randstad definition beside Randstad figures', async () => {
    const provinces = JSON.parse(
      fs.readFileSync(path.join(sharedDataDir(), 'geo', 'cbs_provincie_2025.geojson'), 'utf8'),
    ) as { features: { properties: { statcode: string; statnaam: string } }[] };
    const names = RANDSTAD.map(
      (code) => provinces.features.find((f) => f.properties.statcode === code)!.properties.statnaam,
    );
    for (const [from, to] of [
      ['2021-01-01', '2022-01-01'],
      ['2022-01-01', '2023-01-01'],
      ['2023-01-01', '2024-01-01'],
      ['2024-01-01', '2025-01-01'],
    ] as const) {
      const results = await runMonitors(db, {
        fromPeildatum: from,
        toPeildatum: to,
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      });
      const texts = results.flatMap((r) => [
        r.explanation,
        ...r.publishedStatements,
        ...r.missing,
        ...r.figures.map((f) => f.label),
      ]);
      for (const text of texts) expect(text, text).not.toMatch(/\b[a-z]+(_[a-z0-9]+){2,}\b/);
      const randstad = byId(results, 'randstad_aandeel');
      for (const name of names) expect(randstad.explanation).toContain(name);
      expect(randstad.explanation).toMatch(/Randstad = .*ingestelde definitie/);
    }
  });

  it('De Vries 2022→2023: Limburg grew 3,5 % against 4,6 % nationally', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2022-01-01',
        toPeildatum: '2023-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'de_vries',
    );
    expect(m.figures[0]!.value).toBeCloseTo(((336270 - 321396) / 321396) * 100, 6);
    expect(m.figures.find((f) => f.regionCode === 'PV31')).toMatchObject({ value: 3.5, flagged: true });
    expect(m.verdict).toBe('voldoet_niet');
  });

  it('Randstad share 2023→2024 reports exactly which province figures are missing', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2023-01-01',
        toPeildatum: '2024-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'randstad_aandeel',
    );
    expect(m.verdict).toBe('onvoldoende_gegevens');
    expect(m.missing).toEqual([
      'Noord-Holland op 1-1-2023',
      'Noord-Holland op 1-1-2024',
      'Utrecht op 1-1-2023',
      'Utrecht op 1-1-2024',
      'Zuid-Holland op 1-1-2023',
      'Zuid-Holland op 1-1-2024',
    ]);
  });

  it('Drenthe 2021→2022: +3 % on balance, not flagged', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2021-01-01',
        toPeildatum: '2022-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'drenthe',
    );
    expect(m.verdict).toBe('voldoet');
    expect(m.figures).toEqual([
      {
        label: 'Groei Drenthe',
        regionCode: 'PV22',
        value: 3,
        unit: 'procent',
        basis: 'gepubliceerd',
        flagged: false,
        precision: 'afgerond',
        asWritten: '3 procent',
      },
    ]);
  });

  it('proportionality on 1-1-2023: Limburg 12.691 of 336.270 fte against its population share', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2022-01-01',
        toPeildatum: '2023-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'evenredigheid',
    );
    expect(m.verdict).toBe('onvoldoende_gegevens');
    const population = 17947684; // sum of the 12 provinces on 1-1-2024 (CBS)
    const share = (f: string) => m.figures.find((x) => x.label === f)!.value!;
    expect(share('Aandeel Limburg in rijkswerkgelegenheid')).toBeCloseTo((12691 / 336270) * 100, 6);
    expect(share('Aandeel Limburg in bevolking')).toBeCloseTo((1133174 / population) * 100, 6);
    expect(share('Afwijking Limburg t.o.v. evenredig')).toBeCloseTo(12691 - (336270 * 1133174) / population, 3);
    expect(m.missing).toHaveLength(12); // no province has figures on both dates
    expect(m.explanation).toMatch(/Bevolking per 1-1-2024/);
  });

  it('national growth for every pair of consecutive published totals equals the growth computed from seeds/published/fte_nationaal.csv', async () => {
    const totals = seedCsv('fte_nationaal.csv')
      .filter((r) => r.sector === '' && r.fte !== '')
      .map((r) => ({ date: r.peildatum!, fte: Number(r.fte) }))
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(totals.map((t) => t.date)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01']);
    const changes = seedCsv('published_change.csv').filter(
      (r) => r.region_label === 'Nederland' && r.sector === '' && r.value !== '',
    );
    for (let i = 1; i < totals.length; i++) {
      const [a, b] = [totals[i - 1]!, totals[i]!];
      const expectedFte = b.fte - a.fte;
      const expectedPercent = pctOf(expectedFte, a.fte);
      const growth = await nationalGrowth(db, { from: a.date, to: b.date, dataset: 'gepubliceerd' });
      expect(growth).toMatchObject({ fromFte: a.fte, toFte: b.fte, fte: expectedFte, basis: 'berekend' });
      expect(growth.percent).toBeCloseTo(expectedPercent, 9);
      const deVries = byId(
        await runMonitors(db, {
          fromPeildatum: a.date,
          toPeildatum: b.date,
          dataset: 'gepubliceerd',
          randstad: RANDSTAD,
        }),
        'de_vries',
      );
      expect(deVries.figures[0]).toMatchObject({ regionCode: null, unit: 'procent', basis: 'berekend' });
      expect(deVries.figures[0]!.value).toBeCloseTo(expectedPercent, 9);
      // The published percentage for the same period is the computed one, rounded to one decimal.
      const published = changes.filter((r) => r.period_from === a.date && r.period_to === b.date);
      const publishedPercent = published.find((r) => r.unit === 'procent' && r.metric.startsWith('groei_procent'));
      expect(publishedPercent, `gepubliceerd groeipercentage ${a.date} → ${b.date}`).toBeDefined();
      expect(Math.round(expectedPercent * 10) / 10).toBe(Number(publishedPercent!.value));
      // A published growth in fte agrees within 1 fte: for 2022 the letters' levels give 14.874,
      // Elsevier wrote 14.873 (the seeds note the 321.396 / 321.397 discrepancy behind it).
      for (const row of published.filter((r) => r.unit === 'fte' || r.unit === 'voltijdsbanen')) {
        expect(Math.abs(expectedFte - Number(row.value))).toBeLessThanOrEqual(1);
      }
    }
  });

  it('Randstad share 2023→2024 has no computed figure but quotes the published 74 % of the growth', async () => {
    const m = byId(
      await runMonitors(db, {
        fromPeildatum: '2023-01-01',
        toPeildatum: '2024-01-01',
        dataset: 'gepubliceerd',
        randstad: RANDSTAD,
      }),
      'randstad_aandeel',
    );
    const published = seedCsv('published_change.csv').find(
      (r) => r.metric === 'randstad_aandeel_in_groei_2023_procent',
    )!;
    expect(published.value).toBe('74');
    // Never a computed number where the province figures are missing; the published 74 % is shown as such.
    expect(m.figures).toEqual([
      expect.objectContaining({
        value: 74,
        basis: 'gepubliceerd',
        precision: 'afgerond',
        asWritten: published.value_as_written,
      }),
    ]);
    expect(m.publishedStatements).toHaveLength(1);
    expect(m.publishedStatements[0]).toContain(published.value_as_written);
    expect(m.publishedStatements[0]).not.toContain(published.metric);
    expect(m.sources).toContain(published.source_url);
    expect(m.explanation).toMatch(/Onvoldoende gepubliceerde gegevens.*74 procent van het totaal/);
  });

  it('refuses an inverted period and unknown province codes with typed errors', async () => {
    await expect(
      runMonitors(db, { fromPeildatum: '2024-01-01', toPeildatum: '2023-01-01', dataset: 'gepubliceerd' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'toPeildatum' } });
    await expect(
      runMonitors(db, {
        fromPeildatum: '2023-01-01',
        toPeildatum: '2024-01-01',
        dataset: 'gepubliceerd',
        randstad: ['PV99'],
      }),
    ).rejects.toMatchObject({ extensions: { field: 'randstad' } });
  });
});

/**
 * The demonstration dataset (generated, labelled "fictieve voorbeelddata") has a delivery per
 * site, organisation and reference date in every province, so every monitor can compute. The
 * expected values are summed here from the generator's own rows.
 */
describe.each(backends())(
  'monitors on the demonstration dataset ($name), against independently summed deliveries',
  (backend) => {
    let db: DataSource;
    let data: DemoData;
    let provinceOfSite: Map<string, string>;
    const FROM = '2023-01-01';
    const TO = '2024-01-01';

    /** fte per province on a date, optionally for one sector, summed from the generator's rows. */
    const totals = (peildatum: string, sector?: Sector) => {
      const byProvince = new Map<string, number>(PROVINCES.map((p) => [p, 0]));
      for (const row of data.fte) {
        if (row.peildatum !== peildatum || (sector && row.sector !== sector)) continue;
        const province = provinceOfSite.get(row.site)!;
        byProvince.set(province, byProvince.get(province)! + row.fte);
      }
      return byProvince;
    };
    const of = (t: Map<string, number>, codes: string[]) => sum(codes.map((c) => t.get(c)!));

    beforeAll(async () => {
      db = await connect(backend, { seed: true });
      await ensurePublishedFacts(db);
      await loadDemoData(db);
      const input = await loadDemoInput(db);
      data = generateDemoData(input);
      const provinceOfGemeente = new Map(input.gemeenten.map((g) => [g.code, g.provincieCode]));
      provinceOfSite = new Map(data.sites.map((s) => [s.name, provinceOfGemeente.get(s.gemeenteCode)!]));
      expect(new Set(provinceOfSite.values())).toEqual(new Set(PROVINCES)); // every province has deliveries
    });

    afterAll(async () => {
      await removeDemoData(db);
      await db.destroy();
    });

    it('national growth is the growth of the summed deliveries', async () => {
      const [a, b] = [sum(totals(FROM).values()), sum(totals(TO).values())];
      const growth = await nationalGrowth(db, { from: FROM, to: TO, dataset: 'demo' });
      expect(growth.fromFte).toBeCloseTo(a, 6);
      expect(growth.toFte).toBeCloseTo(b, 6);
      expect(growth.fte).toBeCloseTo(b - a, 6);
      expect(growth.percent).toBeCloseTo(pctOf(b - a, a), 9);
      expect(growth.sources).toEqual([DEMO_SOURCE]);
    });

    for (const randstad of [RANDSTAD, [...RANDSTAD, 'PV24']]) {
      it(`Randstad share of the total, its change and its share of the growth (Randstad = ${randstad.join(', ')})`, async () => {
        const [t0, t1] = [totals(FROM), totals(TO)];
        const [n0, n1] = [sum(t0.values()), sum(t1.values())];
        const [r0, r1] = [of(t0, randstad), of(t1, randstad)];
        const m = byId(
          await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad }),
          'randstad_aandeel',
        );
        expect(m.missing).toEqual([]);
        expect(m.dataset).toBe('demo');
        expect(figure(m, 'Aandeel Randstad op 1-1-2023').value).toBeCloseTo(pctOf(r0, n0), 9);
        expect(figure(m, 'Aandeel Randstad op 1-1-2024').value).toBeCloseTo(pctOf(r1, n1), 9);
        expect(figure(m, 'Verandering aandeel Randstad')).toMatchObject({ unit: 'procentpunt', basis: 'berekend' });
        expect(figure(m, 'Verandering aandeel Randstad').value).toBeCloseTo(pctOf(r1, n1) - pctOf(r0, n0), 9);
        const ofGrowth = pctOf(r1 - r0, n1 - n0);
        expect(figure(m, 'Aandeel Randstad in de groei').value).toBeCloseTo(ofGrowth, 9);
        const concentrates = ofGrowth > pctOf(r0, n0);
        expect(figure(m, 'Aandeel Randstad in de groei').flagged).toBe(concentrates);
        expect(m.verdict).toBe(concentrates ? 'voldoet_niet' : 'voldoet');
        expect(m.sources).toEqual([DEMO_SOURCE]);
        expect(m.publishedStatements).toEqual([]); // published statements never mix into demo answers
      });
    }

    it('De Vries: each province against national growth, flagged exactly when it grows less', async () => {
      const [t0, t1] = [totals(FROM), totals(TO)];
      const national = pctOf(sum(t1.values()) - sum(t0.values()), sum(t0.values()));
      const m = byId(
        await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad: RANDSTAD }),
        'de_vries',
      );
      expect(m.figures[0]!.value).toBeCloseTo(national, 9);
      const lagging: string[] = [];
      for (const code of ['PV21', 'PV22', 'PV29', 'PV31']) {
        const growth = pctOf(t1.get(code)! - t0.get(code)!, t0.get(code)!);
        const f = m.figures.find((x) => x.regionCode === code)!;
        expect(f.value).toBeCloseTo(growth, 9);
        expect(f).toMatchObject({ basis: 'berekend', flagged: growth < national });
        if (growth < national) lagging.push(code);
      }
      expect(m.missing).toEqual([]);
      expect(m.verdict).toBe(lagging.length > 0 ? 'voldoet_niet' : 'voldoet');
    });

    it('Drenthe: the net change on balance', async () => {
      const change = totals(TO).get('PV22')! - totals(FROM).get('PV22')!;
      const m = byId(
        await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad: RANDSTAD }),
        'drenthe',
      );
      expect(figure(m, 'Saldo Drenthe').value).toBeCloseTo(change, 6);
      expect(figure(m, 'Groei Drenthe').value).toBeCloseTo(pctOf(change, totals(FROM).get('PV22')!), 9);
      expect(m.verdict).toBe(change < 0 ? 'voldoet_niet' : 'voldoet');
    });

    it('proportionality: shares against the CBS population in seeds/published/population.csv, and whether the spread became more proportional', async () => {
      const population = new Map(
        seedCsv('population.csv')
          .filter((r) => r.statcode!.startsWith('PV'))
          .map((r) => [r.statcode!, Number(r.inwoners)]),
      );
      expect([...population.keys()].sort()).toEqual(PROVINCES);
      const totalPopulation = sum(population.values());
      const deviations = (t: Map<string, number>) => {
        const national = sum(t.values());
        return new Map(PROVINCES.map((c) => [c, t.get(c)! - (national * population.get(c)!) / totalPopulation]));
      };
      const skew = (t: Map<string, number>) => pctOf(sum([...deviations(t).values()].map(Math.abs)), sum(t.values()));
      const t1 = totals(TO);
      const m = byId(
        await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad: RANDSTAD }),
        'evenredigheid',
      );
      expect(m.missing).toEqual([]);
      for (const code of PROVINCES) {
        const name = m.figures
          .find((f) => f.regionCode === code)!
          .label.replace(/^Aandeel (.*) in rijkswerkgelegenheid$/, '$1');
        expect(figure(m, `Aandeel ${name} in rijkswerkgelegenheid`).value).toBeCloseTo(
          pctOf(t1.get(code)!, sum(t1.values())),
          9,
        );
        expect(figure(m, `Aandeel ${name} in bevolking`).value).toBeCloseTo(
          pctOf(population.get(code)!, totalPopulation),
          9,
        );
        expect(figure(m, `Afwijking ${name} t.o.v. evenredig`).value).toBeCloseTo(deviations(t1).get(code)!, 6);
      }
      expect(m.verdict).toBe(skew(t1) < skew(totals(FROM)) ? 'voldoet' : 'voldoet_niet');
    });

    it('shrink in the Randstad, grow outside it: per sector, the change inside against outside; a sector missing in a province is reported, not counted as 0', async () => {
      const m = byId(
        await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad: RANDSTAD }),
        'krimp_randstad_groei_buiten',
      );
      const outside = PROVINCES.filter((c) => !RANDSTAD.includes(c));
      const delivered = (peildatum: string, sector: Sector) =>
        new Set(
          data.fte
            .filter((r) => r.peildatum === peildatum && r.sector === sector)
            .map((r) => provinceOfSite.get(r.site)!),
        );
      let anyFlagged = false;
      const missing: string[] = [];
      for (const sector of SECTORS) {
        const label = SECTOR_LABELS[sector];
        if (PROVINCES.some((c) => !delivered(FROM, sector).has(c) || !delivered(TO, sector).has(c))) {
          missing.push(label);
          expect(m.figures.filter((f) => f.label.startsWith(`${label}:`))).toEqual([]);
          continue;
        }
        const [t0, t1] = [totals(FROM, sector), totals(TO, sector)];
        const inside = of(t1, RANDSTAD) - of(t0, RANDSTAD);
        const elsewhere = of(t1, outside) - of(t0, outside);
        expect(figure(m, `${label}: verandering in de Randstad`).value).toBeCloseTo(inside, 6);
        expect(figure(m, `${label}: verandering buiten de Randstad`).value).toBeCloseTo(elsewhere, 6);
        const flagged = inside > 0 && inside > elsewhere;
        expect(figure(m, `${label}: verandering in de Randstad`).flagged).toBe(flagged);
        anyFlagged ||= flagged;
      }
      expect(missing.length).toBeLessThan(SECTORS.length); // the check above must have compared something
      const sectorLabels = SECTORS.map((x) => SECTOR_LABELS[x]);
      expect(m.missing.filter((x) => sectorLabels.includes(x))).toEqual(missing);
      if (anyFlagged) expect(m.verdict).toBe('voldoet_niet');
    });

    it('shrink in the Randstad, grow outside it: per organisation, from its own deliveries on both dates', async () => {
      for (const randstad of [RANDSTAD, [...RANDSTAD, 'PV24']]) {
        const m = byId(
          await runMonitors(db, { fromPeildatum: FROM, toPeildatum: TO, dataset: 'demo', randstad }),
          'krimp_randstad_groei_buiten',
        );
        const side = (organisation: string, peildatum: string, inside: boolean) =>
          sum(
            data.fte
              .filter(
                (r) =>
                  r.organisation === organisation &&
                  r.peildatum === peildatum &&
                  randstad.includes(provinceOfSite.get(r.site)!) === inside,
              )
              .map((r) => r.fte),
          );
        let anyFlagged = m.figures.some(
          (f) => f.flagged && SECTORS.some((x) => f.label.startsWith(`${SECTOR_LABELS[x]}:`)),
        );
        let compared = 0;
        for (const { name } of data.organisations) {
          const delivered = (d: string) => data.fte.some((r) => r.organisation === name && r.peildatum === d);
          if (!delivered(FROM) || !delivered(TO)) {
            expect(m.missing).toContain(name);
            continue;
          }
          const inside = side(name, TO, true) - side(name, FROM, true);
          const elsewhere = side(name, TO, false) - side(name, FROM, false);
          const flagged = inside > 0 && inside > elsewhere;
          expect(figure(m, `${name}: verandering in de Randstad`).value).toBeCloseTo(inside, 6);
          expect(figure(m, `${name}: verandering buiten de Randstad`).value).toBeCloseTo(elsewhere, 6);
          expect(figure(m, `${name}: verandering in de Randstad`).flagged).toBe(flagged);
          anyFlagged ||= flagged;
          compared++;
        }
        expect(compared).toBeGreaterThan(0);
        expect(m.verdict).toBe(anyFlagged ? 'voldoet_niet' : m.missing.length > 0 ? 'onvoldoende_gegevens' : 'voldoet');
      }
    });

    it('per organisation, published data has no deliveries and so no organisation figures', async () => {
      const m = byId(
        await runMonitors(db, {
          fromPeildatum: '2022-01-01',
          toPeildatum: '2023-01-01',
          dataset: 'gepubliceerd',
          randstad: RANDSTAD,
        }),
        'krimp_randstad_groei_buiten',
      );
      expect(m.figures.filter((f) => f.label.includes('organisatie'))).toEqual([]);
      expect(m.figures.filter((f) => f.label.startsWith('Fictieve'))).toEqual([]);
    });
  },
);
