/**
 * Generates the demonstration dataset: FICTIONAL fte deliveries ("fictieve voorbeelddata") so
 * map and planner flows can be shown while published figures are partial. Pure and seeded:
 * the same input gives the same output. Scale: a national total of roughly 350,000 fte on
 * 1-1-2024 (the order of the published 353,797, deliberately not equal to it), spread over
 * the provinces by CBS population (1-1-2024) and within a province over randomly chosen
 * gemeenten (gemeente populations are not in our sources). Peildatums 2021–2024.
 */
import { SECTORS, type Sector } from '../../common/domain.js';

export const DEMO_SEED = 20_241;
export const DEMO_VERSION = 'demo-v1';
export const DEMO_LABEL = 'fictieve voorbeelddata';
export const DEMO_SOURCE = 'urn:rijkspresentie:fictieve-voorbeelddata';
export const DEMO_PEILDATUMS = ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];

export interface DemoInput {
  provinces: { code: string; inhabitants: number }[];
  gemeenten: { code: string; name: string; provincieCode: string; isRandstad: boolean }[];
}

export interface DemoOrganisation {
  name: string;
  sector: Sector;
}
export interface DemoSite {
  name: string;
  gemeenteCode: string;
  city: string;
  organisations: string[];
}
export interface DemoFte {
  site: string;
  organisation: string;
  sector: Sector;
  peildatum: string;
  fte: number;
}
export interface DemoCase {
  title: string;
  organisation: string;
  kind: string;
  fteChange: number;
  toRegionCode: string | null;
  fromRegionCode: string | null;
  status: string;
}
export interface DemoProject {
  name: string;
  gemeenteCode: string;
  city: string;
  kind: string;
  status: string;
  period: string;
  plannedWorkplaces: number;
}

export interface DemoData {
  organisations: DemoOrganisation[];
  sites: DemoSite[];
  fte: DemoFte[];
  cases: DemoCase[];
  projects: DemoProject[];
}

export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDemoData(input: DemoInput, seed = DEMO_SEED): DemoData {
  const random = mulberry32(seed);
  const between = (min: number, max: number) => min + random() * (max - min);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const organisations = SECTORS.flatMap((sector) =>
    ['A', 'B'].map((letter) => ({ name: `Fictieve organisatie ${sector} ${letter}`, sector })),
  );
  const totalPopulation = input.provinces.reduce((sum, p) => sum + p.inhabitants, 0);
  const national2024 = Math.round(between(340_000, 360_000));
  const growth = [1, between(1.03, 1.05), between(1.03, 1.05), between(1.04, 1.06)]; // 2021→2024, cumulative below
  const yearFactor = DEMO_PEILDATUMS.map((_, i) => growth.slice(i + 1).reduce((f, g) => f / g, 1));
  const sites: DemoSite[] = [];
  const fte: DemoFte[] = [];
  for (const province of input.provinces) {
    const gemeenten = input.gemeenten.filter((g) => g.provincieCode === province.code);
    if (gemeenten.length === 0) continue;
    const provinceFte = (national2024 * province.inhabitants) / totalPopulation;
    const count = Math.max(3, Math.round(province.inhabitants / 100_000));
    const weights = Array.from({ length: count }, () => between(0.3, 1.7));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const perGemeente = new Map<string, number>();
    weights.forEach((weight) => {
      const gemeente = pick(gemeenten);
      const n = (perGemeente.get(gemeente.code) ?? 0) + 1;
      perGemeente.set(gemeente.code, n);
      const users = [pick(organisations), pick(organisations)].filter(
        (o, i, all) => all.findIndex((x) => x.name === o.name) === i,
      );
      const site = {
        name: `Fictieve locatie ${gemeente.name} ${n}`,
        gemeenteCode: gemeente.code,
        city: gemeente.name,
        organisations: users.map((o) => o.name),
      };
      sites.push(site);
      const siteFte = (provinceFte * weight) / weightSum;
      const shares = users.map(() => between(0.3, 1));
      const shareSum = shares.reduce((a, b) => a + b, 0);
      users.forEach((org, i) => {
        DEMO_PEILDATUMS.forEach((peildatum, y) => {
          const value = ((siteFte * shares[i]!) / shareSum) * yearFactor[y]! * between(0.98, 1.02);
          fte.push({
            site: site.name,
            organisation: org.name,
            sector: org.sector,
            peildatum,
            fte: Math.round(value * 10) / 10,
          });
        });
      });
    });
  }
  return { organisations, sites, fte, ...planning(input, organisations, pick, between) };
}

/** A few fictional cases and projects so the planner flows have something to show. */
function planning(
  input: DemoInput,
  organisations: DemoOrganisation[],
  pick: <T>(l: T[]) => T,
  between: (a: number, b: number) => number,
) {
  const outside = input.gemeenten.filter((g) => !g.isRandstad);
  const inside = input.gemeenten.filter((g) => g.isRandstad);
  const kinds = ['groei', 'nieuwe_dienst', 'krimp', 'masterplan', 'vtw', 'groei'];
  const cases: DemoCase[] = kinds.map((kind, i) => {
    const organisation = pick(organisations);
    const shrink = kind === 'krimp';
    const place = pick(shrink && inside.length > 0 ? inside : outside);
    return {
      title: `Fictieve casus ${i + 1}: ${kind.replace('_', ' ')} ${organisation.name} (${place.name})`,
      organisation: organisation.name,
      kind,
      fteChange: Math.round(between(100, 400)) * (shrink ? -1 : 1),
      toRegionCode: shrink ? null : place.code,
      fromRegionCode: shrink ? place.code : null,
      status: pick(['ingediend', 'in behandeling', 'advies gegeven']),
    };
  });
  const projectKinds = ['nieuwbouw', 'renovatie', 'afstoot', 'aankoop', 'rijksontmoetingsplein', 'renovatie'];
  const projects: DemoProject[] = projectKinds.map((kind, i) => {
    const place = pick(input.gemeenten);
    return {
      name: `Fictief project ${i + 1}: ${kind} ${place.name}`,
      gemeenteCode: place.code,
      city: place.name,
      kind,
      status: pick(['gepland', 'in uitvoering']),
      period: '2025-2028',
      plannedWorkplaces: Math.round(between(50, 800)),
    };
  });
  return { cases, projects };
}
