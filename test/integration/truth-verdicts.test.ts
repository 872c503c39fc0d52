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
import { backends, connect, sharedDataDir } from '../support/backends.js';

type Row = Record<string, string>;
const shared = (...parts: string[]) => fs.readFileSync(path.join(sharedDataDir(), ...parts), 'utf8');
const sharedCsv = (name: string) => parse(shared('data', name), { columns: true, skip_empty_lines: true }) as Row[];

/** The offices of the published list: name, city, workplaces as the source gives them. */
const offices = () => sharedCsv('rijkskantoren.csv');

interface CandidateOut {
  kind: string; name: string; workplaces: number | null; freeWorkplaces: number | null; occupiedFte: number | null;
  capacityNote: string | null; locationPrecision: string; nearestStationNote: string | null; explanation: string;
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
      expect(candidate.explanation).toMatch(/Niet gescoord, gegevens onbekend:.*capaciteit \(4\.?400 werkplekken, bezetting onbekend/);
    });

    it('counts no office of the published list as having free workplaces', async () => {
      const withWorkplaces = new Set(offices().filter((o) => o.workplaces !== '').map((o) => o.name));
      const ranked = (await rankedOffices()).filter((c) => withWorkplaces.has(c.name));
      expect(ranked.length).toBe(withWorkplaces.size);
      for (const c of ranked) expect({ name: c.name, free: c.freeWorkplaces }).toEqual({ name: c.name, free: null });
    });

    it('refuses an office of unknown occupancy under a hard minimum of free workplaces', async () => {
      const result = await run(RANK, { d: { fte: 100, include: 'bestaande_locaties', limit: 200, minFreeWorkplaces: 1 } });
      expect(result.errors).toBeUndefined();
      const names = (result.data!.rankCandidates as { candidates: CandidateOut[] }).candidates.map((c) => c.name);
      expect(names).not.toContain('Rijkskantoor Rijnstraat 8');
    });
  });

  describe('f9: placeholder locations', () => {
    it('places every office without coordinates in the source on its gemeente, and says so', async () => {
      // The source list has no coordinate columns: no office has a known address point offline.
      expect(Object.keys(offices()[0]!).filter((k) => /lat|lon|x_rd|y_rd|geom/i.test(k))).toEqual([]);
      const denHaag = offices().filter((o) => o.city === 'Den Haag' && o.workplaces !== '').map((o) => o.name);
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

    it('exposes the precision on the sites themselves', async () => {
      const result = await run(`{ sites(filter: { search: "Rijnstraat" }, first: 5) { nodes { name locationPrecision } } }`);
      expect(result.errors).toBeUndefined();
      const nodes = (result.data!.sites as { nodes: { name: string; locationPrecision: string }[] }).nodes;
      expect(nodes.find((n) => n.name === 'Rijkskantoor Rijnstraat 8')?.locationPrecision).toBe('gemeente');
    });
  });
});
