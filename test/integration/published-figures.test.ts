/**
 * Issue 16 (findings 4, 5, 6): every published figure and statement, checked through the API
 * against values THIS TEST derives from the published facts themselves — ../shared/data (CSV)
 * and ../shared/sources (the government documents as text) — never from the product's seeds.
 * - f4: a published change (Drenthe "3 procent", Limburg "3,5 procent", Limburg "afname") is read
 *   from one place by the map metric, the export and the monitors, with its precision;
 * - f5: what is published but had no query: 3,8 % in 2024, 14.873 beside 14.874, "ruim 9.300 fte",
 *   the 74 % Randstad share, forecasts and context, each with source, quote, precision and date;
 * - f6: cases and places from the sources, the ROP count conflict shown both ways, and the
 *   Fryslân provincial statistic kept a regional statement (not a case).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { PRECISIONS } from '../../common/domain.js';
import { fteCsv } from '../../server/exports/export-documents.js';
import { regionFigures } from '../../server/fte/region-figures.service.js';
import { runMonitors } from '../../server/monitors/monitors.service.js';
import { startApi, type Api } from '../support/api.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';

type Row = Record<string, string>;
const sharedCsv = (name: string) =>
  parse(fs.readFileSync(path.join(sharedDataDir(), 'data', name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
/** A source document with its whitespace collapsed (the texts wrap lines mid-sentence). */
const sourceText = (name: string) =>
  fs.readFileSync(path.join(sharedDataDir(), 'sources', name), 'utf8').replace(/\s+/g, ' ');
const ANSWERS = '2025-09-01_antwoorden_kamervragen_spreiding.txt';
const ANNEX = '2025_bijlage2_acties_motie_flach_zeedijk.txt';
const DRENTHE_NOTE = 'nota_initiatieven_rijkswerkgelegenheid_drenthe.txt';
const total = (date: string) =>
  Number(
    sharedCsv('rijkswerkgelegenheid_totaal.csv').find(
      (r) => r.peildatum === date && r.metric === 'totaal_fte' && r.peildatum_basis === 'stated',
    )!.value,
  );
const growthPct = (from: string, to: string) => ((total(to) - total(from)) / total(from)) * 100;
const provinceChange = (code: string, from: string, to: string, metric: string) =>
  sharedCsv('rijkswerkgelegenheid_provincie_ontwikkeling.csv').find(
    (r) => r.statcode === code && r.periode_van === from && r.periode_tot === to && r.metric === metric,
  )!;
const DUTCH_NUMBERS: Record<string, number> = { acht: 8, negende: 9, tiende: 10 };
const RANDSTAD = ['PV26', 'PV27', 'PV28'];

const AGGREGATE = `query($peildatum: LocalDate!, $compare: LocalDate!) {
  fteAggregate(level: provincie, peildatum: $peildatum, comparePeildatum: $compare) {
    national { change { pct { value precision asWritten } } }
    regions { code sources lagsNationalGrowth
      change { pct { value missingReason precision asWritten } }
      growthVsNationalPctPoints { value missingReason precision } }
  }
}`;
const NATIONAL = `query($from: String!, $to: String!) {
  nationalGrowth(fromPeildatum: $from, toPeildatum: $to) {
    fromFte toFte growthFte growthPercent basis precision asWritten sources discrepancies
    published { metric value asWritten precision quote sourceUrl sourceTitle sourceDate conflict }
  }
}`;
const STATEMENTS = `query($kinds: [StatementKind!], $regionCode: String) {
  publishedStatements(kinds: $kinds, regionCode: $regionCode) {
    id kind regionCode regionLabel sector metric value asWritten precision unit periodFrom periodTo forecastYear
    dateBasis dateAsWritten sourceUrl sourceTitle sourceDate quote conflict whyNotOnTimeAxis
  }
}`;

describe.each(backends())('published figures on $name', (backend) => {
  let db: DataSource;
  let api: Api;
  const statements = async (variables: Record<string, unknown> = {}) =>
    (await api.data(STATEMENTS, variables)).publishedStatements as any[];

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    api = await startApi(backend, { db });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('f4: one published change for map, export and monitor', () => {
    it('Drenthe 2021→2022 "3 procent": verandering_pct 3 (afgerond), groei_vs_landelijk at that precision, no lagging verdict', async () => {
      const drenthe = provinceChange('PV22', '2021-01-01', '2022-01-01', 'groei_procent');
      const national = growthPct('2021-01-01', '2022-01-01');
      const result = (await api.data(AGGREGATE, { peildatum: '2022-01-01', compare: '2021-01-01' })).fteAggregate;
      const map = result.regions.find((r: any) => r.code === 'PV22');
      expect(map.change.pct).toEqual({
        value: Number(drenthe.value),
        missingReason: null,
        precision: 'afgerond',
        asWritten: drenthe.value_as_written,
      });
      expect(map.growthVsNationalPctPoints.value).toBeCloseTo(Number(drenthe.value) - national, 9);
      expect(map.growthVsNationalPctPoints.precision).toBe('afgerond');
      expect(map.lagsNationalGrowth).toBeNull(); // 2,5–3,5 % against 3,23 %: the precision does not decide
      expect(map.sources).toContain(drenthe.source_url);
      // The export reads the same aggregate: the same value, precision and words.
      const exported = await regionFigures(db, {
        level: 'provincie',
        dataset: 'gepubliceerd',
        peildatum: '2022-01-01',
        comparePeildatum: '2021-01-01',
        metric: 'verandering_pct',
      });
      expect(exported.figures.find((f) => f.code === 'PV22')).toMatchObject({
        value: Number(drenthe.value),
        valuePrecision: 'afgerond',
        valueAsWritten: drenthe.value_as_written,
      });
      const csv = fteCsv(exported, 'standaard');
      expect(csv).toContain(drenthe.value_as_written);
      const gap = await regionFigures(db, {
        level: 'provincie',
        dataset: 'gepubliceerd',
        peildatum: '2022-01-01',
        comparePeildatum: '2021-01-01',
        metric: 'groei_vs_landelijk',
      });
      expect(gap.figures.find((f) => f.code === 'PV22')!.value).toBeCloseTo(Number(drenthe.value) - national, 9);
      // And the monitor shows the very same figure.
      const deVries = (
        await runMonitors(db, {
          fromPeildatum: '2021-01-01',
          toPeildatum: '2022-01-01',
          dataset: 'gepubliceerd',
          randstad: RANDSTAD,
        })
      ).find((m) => m.id === 'de_vries')!;
      expect(deVries.figures.find((f) => f.regionCode === 'PV22')).toMatchObject({
        value: map.change.pct.value,
        precision: map.change.pct.precision,
        flagged: false,
      });
    });

    it('Limburg 2022→2023 "3,5 procent" lags 4,6 %; Limburg 2023→2024 "afname" lags 5,2 % — on the map and in the monitor', async () => {
      const limburg = provinceChange('PV31', '2022-01-01', '2023-01-01', 'groei_procent');
      const a = (
        await api.data(AGGREGATE, { peildatum: '2023-01-01', compare: '2022-01-01' })
      ).fteAggregate.regions.find((r: any) => r.code === 'PV31');
      expect(a.change.pct).toMatchObject({ value: Number(limburg.value), precision: 'afgerond' });
      expect(a.growthVsNationalPctPoints.value).toBeCloseTo(
        Number(limburg.value) - growthPct('2022-01-01', '2023-01-01'),
        9,
      );
      expect(a.lagsNationalGrowth).toBe(true);

      const decline = provinceChange('PV31', '2023-01-01', '2024-01-01', 'richting');
      const b = (
        await api.data(AGGREGATE, { peildatum: '2024-01-01', compare: '2023-01-01' })
      ).fteAggregate.regions.find((r: any) => r.code === 'PV31');
      expect(b.change.pct).toMatchObject({ value: null, precision: 'richting', asWritten: decline.value_as_written });
      expect(b.change.pct.missingReason).toContain(decline.value_as_written);
      expect(b.growthVsNationalPctPoints.value).toBeNull();
      expect(b.lagsNationalGrowth).toBe(true);
      const exported = await regionFigures(db, {
        level: 'provincie',
        dataset: 'gepubliceerd',
        peildatum: '2024-01-01',
        comparePeildatum: '2023-01-01',
        metric: 'verandering_pct',
      });
      expect(exported.figures.find((f) => f.code === 'PV31')).toMatchObject({
        value: null,
        valuePrecision: 'richting',
        valueAsWritten: decline.value_as_written,
      });
      const deVries = (
        await runMonitors(db, {
          fromPeildatum: '2023-01-01',
          toPeildatum: '2024-01-01',
          dataset: 'gepubliceerd',
          randstad: RANDSTAD,
        })
      ).find((m) => m.id === 'de_vries')!;
      expect(deVries.figures.find((f) => f.regionCode === 'PV31')).toMatchObject({
        precision: 'richting',
        flagged: true,
      });
    });
  });

  describe('f5: published statements the product now serves', () => {
    it('growth of 3,8 % in 2024 (answers of 1 September 2025): a percentage without a level', async () => {
      const text = sourceText(ANSWERS);
      const stated = /rijkswerkgelegenheid met (\d+,\d)% is gegroeid/.exec(text)![1]!;
      const growth = (await api.data(NATIONAL, { from: '2024-01-01', to: '2025-01-01' })).nationalGrowth;
      expect(growth).toMatchObject({
        growthPercent: Number(stated.replace(',', '.')),
        growthFte: null,
        toFte: null,
        basis: 'gepubliceerd',
        precision: 'afgerond',
      });
      expect(growth.fromFte).toBe(total('2024-01-01'));
      expect(growth.sources).toEqual([`document:${ANSWERS}`]);
      const statement = growth.published.find((s: any) => s.value === Number(stated.replace(',', '.')));
      expect(text).toContain(statement.quote);
      expect(statement).toMatchObject({ sourceDate: '2025-09-01', precision: 'afgerond' });
    });

    it("growth 2022→2023 as published (14.873) beside the product's own 14.874, saying the sources differ by one", async () => {
      const published = sharedCsv('rijkswerkgelegenheid_totaal.csv').find((r) => r.metric === 'groei_fte_in_2022')!;
      const computed = total('2023-01-01') - total('2022-01-01');
      expect(Math.abs(computed - Number(published.value))).toBe(1);
      const growth = (await api.data(NATIONAL, { from: '2022-01-01', to: '2023-01-01' })).nationalGrowth;
      expect(growth).toMatchObject({ growthFte: computed, basis: 'berekend', precision: 'exact' });
      expect(growth.published).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            value: Number(published.value),
            precision: 'exact',
            sourceUrl: published.source_url,
          }),
        ]),
      );
      const fmt = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
      expect(growth.discrepancies).toHaveLength(1);
      expect(growth.discrepancies[0]).toContain(`${fmt(Number(published.value))} fte`);
      expect(growth.discrepancies[0]).toContain(`${fmt(computed)} fte`);
      expect(growth.discrepancies[0]).toMatch(/de bronnen verschillen 1 fte/);
      // Where they agree (2023: 17.527), no discrepancy is claimed.
      expect((await api.data(NATIONAL, { from: '2023-01-01', to: '2024-01-01' })).nationalGrowth.discrepancies).toEqual(
        [],
      );
    });

    it('"ruim 9.300 fte" 2020→2021 as an approximation, with no invented number', async () => {
      const published = sharedCsv('rijkswerkgelegenheid_totaal.csv').find(
        (r) => r.metric === 'groei_fte_tov_1_januari_2020',
      )!;
      const growth = (await api.data(NATIONAL, { from: '2020-01-01', to: '2021-01-01' })).nationalGrowth;
      expect(growth).toMatchObject({
        growthFte: null,
        growthPercent: null,
        fromFte: null,
        basis: 'gepubliceerd',
        precision: 'benadering',
        asWritten: published.value_as_written,
      });
      expect(growth.sources).toEqual([published.source_url]);
    });

    it('the 74 % Randstad share of the 2023 growth, as a number with its statement', async () => {
      const published = sharedCsv('rijkswerkgelegenheid_totaal.csv').find(
        (r) => /randstad/.test(r.metric) && r.peildatum === '2024-01-01',
      )!;
      // The letter's sentence is quoted in the note of the growth row of the same letter.
      const growthRow = sharedCsv('rijkswerkgelegenheid_totaal.csv').find((r) => r.metric === 'groei_fte_in_2023')!;
      const quote = /Quote: '(.+)'/.exec(growthRow.note!)![1]!;
      expect(quote).toContain(`${published.value} procent`);
      const found = (await statements({ kinds: ['verandering'] })).find(
        (s) => s.value === Number(published.value) && /randstad/i.test(s.quote ?? ''),
      );
      expect(found).toMatchObject({
        periodFrom: '2023-01-01',
        periodTo: '2024-01-01',
        precision: 'afgerond',
        unit: 'procent',
        sourceUrl: published.source_url,
        quote,
      });
      expect(found.sourceTitle).toMatch(/31490 nr\. 347/);
    });

    it('serves every forecast of prognose_provincie.csv with its words, source and precision', async () => {
      const rows = sharedCsv('prognose_provincie.csv');
      const served = (
        await api.data(
          `{ forecasts { kind value asWritten precision forecastYear periodFrom sourceUrl sourceTitle quote } }`,
        )
      ).forecasts as any[];
      for (const r of rows) {
        const words = r.change_as_written || r.fte_as_written;
        // A forecast without a year is served as context (it cannot sit on a forecast year).
        const match = served.find(
          (s) =>
            s.asWritten === words &&
            s.sourceUrl === r.source_url &&
            (s.kind === 'context' || s.periodFrom === r.basis_peildatum),
        );
        expect(match, words).toBeDefined();
        expect(match.forecastYear).toBe(r.prognose_jaar === '' ? null : Number(r.prognose_jaar));
        expect(match.value).toBe(r.fte === '' ? null : Number(r.fte));
        expect(PRECISIONS).toContain(match.precision);
      }
    });

    it('serves every undated or off-axis fact of ../shared/data as context, and every statement names source, date and precision', async () => {
      const context = await statements({ kinds: ['context'] });
      const undated = [
        ...sharedCsv('rijkswerkgelegenheid_totaal.csv')
          .filter((r) => r.peildatum === '' || /context/.test(r.metric))
          .map((r) => r.value_as_written!),
        ...sharedCsv('rijkswerkgelegenheid_provincie.csv')
          .filter((r) => r.peildatum === '')
          .map((r) => r.fte_as_written!),
        ...sharedCsv('rijkswerkgelegenheid_provincie_ontwikkeling.csv')
          .filter((r) => r.periode_van === '')
          .map((r) => r.value_as_written!),
      ];
      for (const words of undated)
        expect(
          context.map((s) => s.asWritten),
          words,
        ).toContain(words);
      for (const s of await statements()) {
        expect(PRECISIONS, s.id).toContain(s.precision);
        expect(s.sourceUrl, s.id).toMatch(/^(https?:\/\/|document:)/);
        expect(s.sourceTitle, s.id).toBeTruthy();
        expect(s.sourceDate, s.id).toBeTruthy();
      }
    });

    it('serves every dated change of ../shared/data with its period and words', async () => {
      const changes = await statements({ kinds: ['verandering'] });
      const rows = sharedCsv('rijkswerkgelegenheid_provincie_ontwikkeling.csv').filter((r) => r.periode_van !== '');
      for (const r of rows) {
        const found = changes.find(
          (s) => s.periodFrom === r.periode_van && s.periodTo === r.periode_tot && s.asWritten === r.value_as_written,
        );
        expect(found, `${r.provincie} ${r.value_as_written}`).toBeDefined();
      }
      const stated = /rijkswerkgelegenheid met (\d+,\d)% is gegroeid/.exec(sourceText(ANSWERS))![1]!;
      expect(
        changes.find(
          (s) => s.periodFrom === '2024-01-01' && s.regionCode === null && s.value === Number(stated.replace(',', '.')),
        ),
      ).toBeDefined();
    });
  });

  describe('f6: cases and places from the sources', () => {
    const CASES = `query { locationCases(first: 200) { nodes { organisationName kind toRegionCode fromRegionCode fteChange sourceUrl note } } }`;
    const gemeente = async (name: string) =>
      (
        await db.query(`SELECT code FROM region WHERE kind = 'gemeente' AND name = $1 ORDER BY year DESC LIMIT 1`, [
          name,
        ])
      )[0].code as string;

    it('Belastingdienst box 3 in Breda and the growth in Groningen, Leeuwarden, Doetinchem and Venlo (answers of 1 September 2025)', async () => {
      const text = sourceText(ANSWERS);
      const breda = /In (\w+) wordt hiertoe de formatie uitgebreid/.exec(text)![1]!;
      const places = /op locaties als (.+?) is de komende jaren een forse formatieve ontwikkeling voorzien/
        .exec(text)![1]!
        .split(/, | en /);
      expect(places).toHaveLength(4);
      const cases = (await api.data(CASES)).locationCases.nodes as any[];
      const fromAnswers = cases.filter((c) => c.sourceUrl === `document:${ANSWERS}`);
      for (const place of [breda, ...places]) {
        const code = await gemeente(place);
        const found = fromAnswers.find((c) => c.toRegionCode === code);
        expect(found, place).toBeDefined();
        expect(found).toMatchObject({ kind: 'groei', fteChange: null });
      }
      const bredaCode = await gemeente(breda);
      expect(fromAnswers.find((c) => c.toRegionCode === bredaCode).organisationName).toBe('Belastingdienst');
      // The old note said Venlo was not in the sources; it is.
      expect(cases.some((c) => /Venlo/.test(c.note ?? '') && /NIET in de bronnen/.test(c.note ?? ''))).toBe(false);
    });

    it('the three uitvoeringsorganisaties expanding in Assen and the new service explored there (note on Drenthe)', async () => {
      const text = sourceText(DRENTHE_NOTE);
      const three =
        /Met drie uitvoeringsorganisaties worden voorstellen uitgewerkt voor uitbreiding van werkzaamheden in (\w+)\./.exec(
          text,
        )![1]!;
      const newService = /Verkennende gesprekken vinden plaats om een nieuwe rijksdienst in (\w+) te vestigen\./.exec(
        text,
      )![1]!;
      const cases = ((await api.data(CASES)).locationCases.nodes as any[]).filter(
        (c) => c.sourceUrl === `document:${DRENTHE_NOTE}`,
      );
      const [threeCode, newCode] = [await gemeente(three), await gemeente(newService)];
      expect(cases.find((c) => c.toRegionCode === threeCode && c.kind === 'groei')?.note).toContain(
        'drie uitvoeringsorganisaties',
      );
      expect(cases.find((c) => c.toRegionCode === newCode && c.kind === 'nieuwe_dienst')?.note).toContain(
        'nieuwe rijksdienst',
      );
    });

    it('ROPs planned in Leeuwarden, Zwolle, Arnhem (2026 onward) and inside the Groningen rijkskantoor, at gemeente level, never an invented address', async () => {
      const text = sourceText(ANNEX);
      const planned = /In 2026 e\.v\. openen rijksontmoetingspleinen in o\.a\. (.+?)\./
        .exec(text)![1]!
        .split(/, | en /);
      const groningen =
        /In de stad (\w+) wordt een rijksontmoetingsplein in een bestaand rijkskantoor gerealiseerd/.exec(text)![1]!;
      for (const place of [...planned, groningen]) {
        const code = await gemeente(place);
        const sites = await db.query(
          `SELECT rop_status, location_precision, address, source_url FROM site WHERE kind = 'rijksontmoetingsplein' AND dataset = 'gepubliceerd' AND gemeente_code = $1`,
          [code],
        );
        expect(sites, place).toEqual([
          { rop_status: 'gepland', location_precision: 'gemeente', address: null, source_url: `document:${ANNEX}` },
        ]);
      }
    });

    it('the ROP count conflict: eight now and Middelburg the ninth (annex, answers) against Middelburg the tenth — both shown, each naming the other', async () => {
      const annex = sourceText(ANNEX);
      const now = DUTCH_NUMBERS[/Op dit moment zijn er (\w+) rijksontmoetingspleinen/.exec(annex)![1]!]!;
      const ninth =
        DUTCH_NUMBERS[/in Middelburg het (\w+) rijksontmoetingsplein geopend/.exec(sourceText(ANSWERS))![1]!]!;
      const tenthRow = sharedCsv('rop.csv').find((r) => r.city === 'Middelburg')!;
      const tenth = DUTCH_NUMBERS[/(\w+)-rijksontmoetingsplein/.exec(tenthRow.source_url!)![1]!]!;
      expect([now, ninth, tenth]).toEqual([8, 9, 10]);
      const context = await statements({ kinds: ['context'] });
      const count = context.find((s) => s.value === now && s.sourceUrl === `document:${ANNEX}`);
      expect(count?.conflict).toMatch(/tiende/);
      const ranks = context.filter((s) => s.regionLabel === 'Middelburg' && [ninth, tenth].includes(s.value));
      expect(ranks.map((s) => s.value).sort((a, b) => a - b)).toEqual([ninth, tenth]);
      for (const s of ranks) expect(s.conflict, s.sourceUrl).toMatch(s.value === ninth ? /tiende/ : /negende/);
      expect(ranks.find((s) => s.value === tenth).sourceUrl).toBe(tenthRow.source_url);
    });

    it('Fryslân −152 fte is a regional statement, not a location case subtracted in scenarios', async () => {
      const lc = sharedCsv('rijkswerkgelegenheid_provincie_ontwikkeling.csv').find(
        (r) => r.statcode === 'PV21' && r.metric === 'groei_fte',
      )!;
      const value = Number(lc.value);
      const cases = (
        await api.data(`query { locationCases(first: 200, filter: { regionCode: "PV21" }) { nodes { fteChange } } }`)
      ).locationCases.nodes as any[];
      expect(cases.filter((c) => c.fteChange === value)).toEqual([]);
      const regional = await statements({ regionCode: 'PV21' });
      expect(regional.find((s) => s.value === value)).toMatchObject({ kind: 'context', sourceUrl: lc.source_url });
    });
  });
});
