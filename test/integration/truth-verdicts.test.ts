/**
 * Issue 16, findings 1, 2, 7 and 9: verdicts that claim no more than the sources support.
 * Every expected value is read from ../shared (data and sources), never from the product:
 * - f1: the rijkskantoren list gives workplaces but no occupancy → "bezetting onbekend", not free;
 * - f9: it gives no coordinates → every office is placed on its gemeente, and the station distance
 *   from that point carries a caveat and is not scored;
 * - f2: the Drenthe note says Defensie must ask BZK for advice on moving units out of Drenthe;
 * - f7: demo data says it is fictional wherever it appears.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createSchema } from '../../server/graphql/schema.js';
import { ANONYMOUS, type RequestContext } from '../../server/graphql/context.js';
import { insertSite } from '../../server/sites/site.queries.js';
import { isDemoLoaded, loadDemoData, removeDemoData } from '../../server/demo/demo.seed.js';
import { LAYERS } from '../../server/tiles/tile-layers.js';
import { tileJson } from '../../server/tiles/tilejson.js';
import { backends, connect, sharedDataDir } from '../support/backends.js';

const FIXTURE = 'https://example.org/synthetische-testdata-issue-16';

type Row = Record<string, string>;
const shared = (...parts: string[]) => fs.readFileSync(path.join(sharedDataDir(), ...parts), 'utf8');
const sharedCsv = (name: string) => parse(shared('data', name), { columns: true, skip_empty_lines: true }) as Row[];

/** The offices of the published list: name, city, workplaces as the source gives them. */
const offices = () => sharedCsv('rijkskantoren.csv');

interface CandidateOut {
  kind: string;
  name: string;
  workplaces: number | null;
  freeWorkplaces: number | null;
  occupiedFte: number | null;
  capacityNote: string | null;
  locationPrecision: string;
  nearestStationNote: string | null;
  explanation: string;
  criteria: { criterion: string; score: number | null; detail: string }[];
}

describe.each(backends())('truthful verdicts (issue 16) on $name', (backend) => {
  let db: DataSource;
  let schema: GraphQLSchema;
  const run = async (source: string, variables: Record<string, unknown> = {}) => {
    const context: RequestContext = { db, databaseMode: backend.name, viewer: ANONYMOUS, loaders: new Map() };
    const result = await graphql({ schema, source, variableValues: variables, contextValue: context });
    return result;
  };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    schema = await createSchema();
  });

  afterAll(async () => {
    await db.query(`DELETE FROM site WHERE source_url = $1`, [FIXTURE]);
    await db.destroy();
  });

  const RANK = `query($d: CandidateDemandInput!) { rankCandidates(demand: $d) { candidates {
    kind name workplaces freeWorkplaces occupiedFte capacityNote locationPrecision nearestStationNote explanation
    criteria { criterion score detail } } } }`;

  async function rankedOffices(): Promise<CandidateOut[]> {
    const result = await run(RANK, { d: { fte: 100, include: 'bestaande_locaties', limit: 200 } });
    expect(result.errors).toBeUndefined();
    return (result.data!.rankCandidates as { candidates: CandidateOut[] }).candidates;
  }

  describe('f1: unknown occupancy stays unknown', () => {
    it('reports Rijnstraat 8 with its workplaces from the source and "bezetting onbekend", never as free', async () => {
      const source = offices().find((o) => o.name === 'Rijkskantoor Rijnstraat 8')!;
      // The source list has a workplaces column and no occupancy column at all.
      expect(Object.keys(source)).not.toContain('fte');
      const workplaces = Number(source.workplaces);
      const candidate = (await rankedOffices()).find((c) => c.name === source.name)!;
      expect(candidate.workplaces).toBe(workplaces);
      expect(candidate.freeWorkplaces).toBeNull();
      expect(candidate.occupiedFte).toBeNull();
      expect(candidate.capacityNote).toBe('bezetting onbekend');
      const capacity = candidate.criteria.find((c) => c.criterion === 'capacityFit')!;
      expect(capacity.score).toBeNull();
      expect(capacity.detail).toMatch(/bezetting onbekend/);
      expect(candidate.explanation).toMatch(
        /Niet gescoord, gegevens onbekend:.*capaciteit \(4\.?400 werkplekken, bezetting onbekend/,
      );
    });

    it('counts no office of the published list as having free workplaces', async () => {
      const withWorkplaces = new Set(
        offices()
          .filter((o) => o.workplaces !== '')
          .map((o) => o.name),
      );
      const ranked = (await rankedOffices()).filter((c) => withWorkplaces.has(c.name));
      expect(ranked.length).toBe(withWorkplaces.size);
      for (const c of ranked) expect({ name: c.name, free: c.freeWorkplaces }).toEqual({ name: c.name, free: null });
    });

    it('refuses an office of unknown occupancy under a hard minimum of free workplaces', async () => {
      const result = await run(RANK, {
        d: { fte: 100, include: 'bestaande_locaties', limit: 200, minFreeWorkplaces: 1 },
      });
      expect(result.errors).toBeUndefined();
      const names = (result.data!.rankCandidates as { candidates: CandidateOut[] }).candidates.map((c) => c.name);
      expect(names).not.toContain('Rijkskantoor Rijnstraat 8');
    });
  });

  describe('f9: placeholder locations', () => {
    it('places every office without coordinates in the source on its gemeente, and says so', async () => {
      // The source list has no coordinate columns: no office has a known address point offline.
      expect(Object.keys(offices()[0]!).filter((k) => /lat|lon|x_rd|y_rd|geom/i.test(k))).toEqual([]);
      const denHaag = offices()
        .filter((o) => o.city === 'Den Haag' && o.workplaces !== '')
        .map((o) => o.name);
      expect(denHaag.length).toBeGreaterThan(1);
      const ranked = (await rankedOffices()).filter((c) => denHaag.includes(c.name));
      expect(ranked.map((c) => c.name).sort()).toEqual([...denHaag].sort());
      for (const c of ranked) {
        expect(c.locationPrecision).toBe('gemeente');
        expect(c.nearestStationNote).toMatch(/gemeenteniveau/);
        const access = c.criteria.find((s) => s.criterion === 'accessibility')!;
        expect(access.score).toBeNull();
        expect(access.detail).toMatch(/niet gescoord/);
      }
    });

    it('says on each such site that its point and station distances are not exact', async () => {
      const denHaag = offices()
        .filter((o) => o.city === 'Den Haag')
        .map((o) => o.name);
      const result = await run(`{ sites(filter: { gemeenteCode: "GM0518" }, first: 100) { nodes {
        name location locationPrecision locationNote nearestStations(count: 1) { distanceM } } } }`);
      expect(result.errors).toBeUndefined();
      type Node = { name: string; location: unknown; locationPrecision: string; locationNote: string | null };
      const nodes = (result.data!.sites as { nodes: Node[] }).nodes.filter((n) => denHaag.includes(n.name));
      expect(nodes.map((n) => n.name).sort()).toEqual([...new Set(denHaag)].sort());
      // One shared placeholder point: the distances from it say nothing about the buildings.
      expect(new Set(nodes.map((n) => JSON.stringify(n.location))).size).toBe(1);
      for (const n of nodes) {
        expect(n.locationPrecision).toBe('gemeente');
        expect(n.locationNote).toMatch(/gemeenteniveau.*niet exact/);
      }
    });
  });

  describe('f2: one advice rule, three-valued', () => {
    const sourceText = (file: string) => shared('sources', file).replace(/\s+/g, ' ');
    const havelteSource = () => sharedCsv('casussen.csv').find((r) => r.organisation.includes('Johannes Postkazerne'))!;
    /** The threshold as the beslisnota states it ("vanaf 100 fte"). */
    const threshold = () =>
      Number(/vanaf (\d+) fte/.exec(sourceText('2024-04-30_beslisnota_aanpak_spreiding.txt'))![1]);
    /** The fte that leave Havelte, as the shared case list writes them ("-600 (vertrek …)"). */
    const leaving = () => Math.abs(Number(/^(-\d+) \(vertrek/.exec(havelteSource().fte_change)![1]));
    const OUTCOME = 'adviceRequired crossesProvincialBorder touchesGrensregio grensregioList explanation dataset';

    it('derives from the sources that Defensie must ask BZK for advice on the Havelte move', () => {
      expect(sourceText('nota_initiatieven_rijkswerkgelegenheid_drenthe.txt')).toMatch(
        /Defensie t\.z\.t\. advies aan BZK dient te vragen over een mogelijke verplaatsing van eenheden uit Drenthe/,
      );
      expect(leaving()).toBeGreaterThanOrEqual(threshold());
    });

    it('gives the same answer for the Havelte case in every field and query: ja', async () => {
      const list = await run(`{ locationCases(filter: { search: "Johannes Postkazerne" }) { nodes {
        id adviceRequired crossesProvinceBorder fteMoving adviceOutcome { ${OUTCOME} } } } }`);
      expect(list.errors).toBeUndefined();
      const [found] = (list.data!.locationCases as { nodes: Record<string, any>[] }).nodes;
      expect(found!.fteMoving).toBe(leaving());
      expect(found!.adviceRequired).toBe(true);
      // The destination is "nader te bepalen" in the source: the crossing is unknown, not "nee".
      expect(found!.crossesProvinceBorder).toBeNull();
      const advice = await run(`query($id: Int!) { locationAdvice(caseId: $id) { ${OUTCOME} } }`, { id: found!.id });
      expect(advice.errors).toBeUndefined();
      expect(advice.data!.locationAdvice).toEqual(found!.adviceOutcome);
      expect(found!.adviceOutcome).toMatchObject({
        adviceRequired: 'ja',
        crossesProvincialBorder: 'onbekend',
        dataset: 'gepubliceerd',
      });
      expect(found!.adviceOutcome.explanation).toContain(`verplaatsing van ${leaving()} fte`);
      const described = await run(
        `query($m: Float!, $c: Float!) {
        moving: evaluateAdvice(input: { kind: overig, fteMoving: $m, fromRegionCode: "GM1701" }) { adviceRequired crossesProvincialBorder }
        net: evaluateAdvice(input: { kind: overig, fteChange: $c }) { adviceRequired } }`,
        { m: leaving(), c: -leaving() },
      );
      expect(described.errors).toBeUndefined();
      expect(described.data).toEqual({
        moving: { adviceRequired: 'ja', crossesProvincialBorder: 'onbekend' },
        net: { adviceRequired: 'ja' },
      });
      const scenario = await run(
        `query($id: Int!) { scenario(input: { peildatum: "2024-01-01", caseIds: [$id] }) {
        caseAdvice { caseId advice { ${OUTCOME} } } } }`,
        { id: found!.id },
      );
      expect(scenario.errors).toBeUndefined();
      expect((scenario.data!.scenario as { caseAdvice: unknown[] }).caseAdvice).toEqual([
        { caseId: found!.id, advice: found!.adviceOutcome },
      ]);
    });

    it('says "geen grensregio\'s ingesteld" in every answer, as no source lists grensregio\'s', async () => {
      // The sources mention grensregio's only as a concept ("met speciale aandacht voor de grensregio's").
      const mentions = fs
        .readdirSync(path.join(sharedDataDir(), 'sources'))
        .flatMap((f) => sourceText(f).match(/grensregio[^.]*\./gi) ?? []);
      expect(mentions.length).toBe(1);
      const result =
        await run(`{ a: evaluateAdvice(input: { kind: groei, fteChange: 200, fromRegionCode: "GM0518", toRegionCode: "GM0106" }) { ${OUTCOME} }
        b: locationCases(first: 50) { nodes { adviceOutcome { touchesGrensregio grensregioList explanation } } } }`);
      expect(result.errors).toBeUndefined();
      const answers = [
        result.data!.a,
        ...(result.data!.b as { nodes: { adviceOutcome: any }[] }).nodes.map((n) => n.adviceOutcome),
      ];
      expect(answers.length).toBeGreaterThan(1);
      for (const a of answers) {
        expect(a.touchesGrensregio).toBe('onbekend');
        expect(a.grensregioList).toBe("geen grensregio's ingesteld");
        expect(a.explanation).toContain("geen grensregio's ingesteld");
      }
    });

    it('refuses a site of the other dataset, as the dataset rules do for stored cases', async () => {
      const demoSite = await insertSite(db, {
        kind: 'overig',
        name: 'Fictieve testlocatie advies',
        city: 'fictief',
        gemeenteCode: 'GM0106',
        locationPrecision: 'gemeente',
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [6.56, 52.99] }),
        sourceUrl: FIXTURE,
        dataset: 'demo',
      });
      const [published] = await db.query(`SELECT id FROM site WHERE dataset = 'gepubliceerd' LIMIT 1`);
      const ADVICE = `query($i: AdviceInput!) { evaluateAdvice(input: $i) { adviceRequired dataset } }`;
      const refused = await run(ADVICE, {
        i: { kind: 'groei', fteChange: 200, toSiteId: published.id, dataset: 'demo' },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe('toSiteId');
      const ok = await run(ADVICE, { i: { kind: 'groei', fteChange: 200, toSiteId: published.id } });
      expect(ok.data!.evaluateAdvice).toEqual({ adviceRequired: 'ja', dataset: 'gepubliceerd' });
      const other = await run(ADVICE, { i: { kind: 'groei', fteChange: 200, toSiteId: demoSite.id } });
      expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const demo = await run(ADVICE, { i: { kind: 'groei', fteChange: 200, toSiteId: demoSite.id, dataset: 'demo' } });
      expect(demo.data!.evaluateAdvice).toEqual({ adviceRequired: 'ja', dataset: 'demo' });
    });
  });

  describe('f7: demo data labelled everywhere', () => {
    let loadedHere = false;
    /** The label the design requires on every fictional figure. */
    const label = () => /labelled "([^"]+)" everywhere/.exec(shared('DESIGN.md').replace(/\s+/g, ' '))![1]!;

    beforeAll(async () => {
      loadedHere = !(await isDemoLoaded(db));
      if (loadedHere) await loadDemoData(db);
    });

    afterAll(async () => {
      if (loadedHere) await removeDemoData(db);
    });

    it('labels nationalGrowth, RegionFte and AdviceOutcome with their dataset', async () => {
      const dates = (await run(`{ peildatums(dataset: demo) }`)).data!.peildatums as string[];
      const result = await run(
        `query($f: String!, $t: String!) {
        demo: nationalGrowth(fromPeildatum: $f, toPeildatum: $t, dataset: demo) { dataset }
        published: nationalGrowth(fromPeildatum: "2023-01-01", toPeildatum: "2024-01-01") { dataset }
        regions: fteAggregate(level: provincie, dataset: demo) { regions { dataset } }
        advice: evaluateAdvice(input: { kind: groei, fteChange: 5, dataset: demo }) { dataset } }`,
        { f: dates[dates.length - 1], t: dates[0] },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.demo).toEqual({ dataset: 'demo' });
      expect(result.data!.published).toEqual({ dataset: 'gepubliceerd' });
      const regions = (result.data!.regions as { regions: { dataset: string }[] }).regions;
      expect(regions.length).toBe(12);
      expect(new Set(regions.map((r) => r.dataset))).toEqual(new Set(['demo']));
      expect(result.data!.advice).toEqual({ dataset: 'demo' });
    });

    it('tells real and fictional organisations apart in one list', async () => {
      const result = await run(`{ organisations(first: 500) { nodes { name dataset } } }`);
      expect(result.errors).toBeUndefined();
      const nodes = (result.data!.organisations as { nodes: { name: string; dataset: string }[] }).nodes;
      const sharedText = fs
        .readdirSync(path.join(sharedDataDir(), 'data'))
        .map((f) => shared('data', f))
        .join('\n');
      // Users of the published offices are real organisations; the demo ones appear in no source.
      const users = offices().flatMap((o) => o.users.split(';').map((u) => u.trim()));
      const real = nodes.filter((n) => users.includes(n.name));
      expect(real.length).toBeGreaterThan(0);
      for (const n of real) expect(n.dataset).toBe('gepubliceerd');
      const fictional = nodes.filter((n) => n.dataset === 'demo');
      expect(fictional.length).toBeGreaterThan(0);
      for (const n of fictional) expect(sharedText).not.toContain(n.name);
    });

    it('says "fictief" in every monitor text on demo data, and not on published data', async () => {
      const dates = (await run(`{ peildatums(dataset: demo) }`)).data!.peildatums as string[];
      const demo = await run(
        `query($f: String!, $t: String!) { monitors(fromPeildatum: $f, toPeildatum: $t, dataset: demo) { explanation } }`,
        { f: dates[dates.length - 1], t: dates[0] },
      );
      expect(demo.errors).toBeUndefined();
      const texts = (demo.data!.monitors as { explanation: string }[]).map((m) => m.explanation);
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(t.toLowerCase()).toContain(label());
      const published = await run(
        `{ monitors(fromPeildatum: "2023-01-01", toPeildatum: "2024-01-01") { explanation } }`,
      );
      for (const m of published.data!.monitors as { explanation: string }[])
        expect(m.explanation).not.toMatch(/fictie/i);
    });

    it('names the demo TileJSON fictional in name, description and attribution', () => {
      for (const layer of [LAYERS.regions, LAYERS.sites]) {
        const demo = tileJson(layer, 'http://x/tiles', layer.parse({ dataset: 'demo' }));
        for (const text of [demo.name, demo.description, demo.attribution]) expect(text).toMatch(/fictie/i);
        const published = tileJson(layer, 'http://x/tiles', layer.parse({}));
        for (const text of [published.name, published.description, published.attribution])
          expect(text).not.toMatch(/fictie/i);
      }
      expect(
        tileJson(LAYERS.regions, 'http://x/tiles', LAYERS.regions.parse({ dataset: 'demo' })).description,
      ).toContain(label());
    });
  });
});
