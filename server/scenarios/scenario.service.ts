/**
 * A scenario applies planned cases and projects to a reference date and returns the projected
 * distribution per province and the monitors' outcomes for it (base date → projection).
 * Cases move fte: growth and new services add at the destination, shrinkage removes at the
 * origin, a case with both an origin and a destination moves the fte between them. Projects
 * change workplaces: new build, purchase and meeting hubs add, disposal removes; renovation and
 * other kinds change no number the source states. A project's effect in fte is the capacity it
 * adds or removes at the workplace norm (0,7 werkplek per fte unless chosen): room for fte, not
 * fte themselves, so it is reported beside the projection and does not move the monitors.
 * A change that lands on a province without a figure cannot be projected there: it is listed.
 * Cases and projects must belong to the scenario's dataset (published and demo never mix).
 * Only cases the viewer may see take part: a confidential case is, for anyone else, an unknown
 * id like one never used (visible-cases.queries.ts), so neither its effect nor its dataset shows.
 */
import type { Dataset } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';
import {
  deVriesMonitor,
  drentheMonitor,
  proportionalityMonitor,
  randstadShareMonitor,
  NO_GROWTH,
  growthFromLevels,
  provinceSnapshot,
  fte as formatFte,
  SCENARIO_DATE,
  type MonitorInputs,
  type ProvinceSnapshot,
} from '../monitors/monitors.public.js';
import type { MonitorResult } from '../monitors/monitor.model.js';
import { provincePopulation } from '../monitors/monitor.queries.js';
import { labelFictional, resolveMonitorOptions } from '../monitors/monitors.service.js';
import { adviceForCase, type DatasetAdvice } from '../advice/advice.service.js';
import { DEFAULT_WORKPLACES_PER_FTE } from '../candidates/candidates.service.js';
import { plannedCases, plannedProjects, type PlannedCase, type PlannedProject } from './scenario.queries.js';

export interface ScenarioRequest {
  peildatum: string;
  dataset: Dataset;
  caseIds: number[];
  projectIds: number[];
  randstad?: string[] | null;
  /** Workplaces per fte for the capacity of projects (default 0,7, the rijkskantoor norm). */
  workplacesPerFte?: number | null;
}

export interface ProvinceProjection {
  code: string;
  name: string;
  baseFte: number | null;
  deltaFte: number;
  projectedFte: number | null;
  deltaWorkplaces: number;
  /** fte the workplace change houses (deltaWorkplaces / workplacesPerFte). */
  capacityFte: number;
}

export interface ScenarioCaseAdvice {
  caseId: number;
  title: string;
  advice: DatasetAdvice;
}

export interface ScenarioResult {
  /** The one advice rule on each chosen case, as locationAdvice gives it. */
  caseAdvice: ScenarioCaseAdvice[];
  peildatum: string;
  dataset: Dataset;
  provinces: ProvinceProjection[];
  nationalBase: number | null;
  nationalProjected: number | null;
  nationalDeltaWorkplaces: number;
  nationalCapacityFte: number;
  workplacesPerFte: number;
  applied: string[];
  notApplied: string[];
  monitors: MonitorResult[];
}

const PROJECTION_DATE = SCENARIO_DATE;

export async function runScenario(db: Queryable, viewer: Viewer, request: ScenarioRequest): Promise<ScenarioResult> {
  if (request.caseIds.length + request.projectIds.length === 0)
    throw new ValidationError('caseIds', 'Kies minstens één casus of project');
  const norm = request.workplacesPerFte ?? DEFAULT_WORKPLACES_PER_FTE;
  if (!(norm > 0 && norm <= 5))
    throw new ValidationError('workplacesPerFte', 'workplacesPerFte moet groter dan 0 en hoogstens 5 zijn');
  const options = await resolveMonitorOptions(db, {
    fromPeildatum: request.peildatum,
    toPeildatum: PROJECTION_DATE,
    dataset: request.dataset,
    randstad: request.randstad,
  });
  const base = await provinceSnapshot(db, { peildatum: request.peildatum, dataset: request.dataset });
  const cases = await plannedCases(db, viewer, request.caseIds);
  const projects = await plannedProjects(db, request.projectIds);
  reportUnknown(
    request.caseIds,
    cases.map((c) => c.id),
    'caseIds',
  );
  reportUnknown(
    request.projectIds,
    projects.map((p) => p.id),
    'projectIds',
  );
  reportOtherDataset(
    request.dataset,
    cases.map((c) => ({ id: c.id, dataset: c.dataset })),
    'caseIds',
    'Casus',
  );
  reportOtherDataset(
    request.dataset,
    projects.map((p) => ({ id: p.id, dataset: p.dataset })),
    'projectIds',
    'Project',
  );

  const delta = new Map<string, number>();
  const workplaces = new Map<string, number>();
  const applied: string[] = [];
  const notApplied: string[] = [];
  for (const c of cases) applyCase(c, delta, applied, notApplied);
  for (const p of projects) applyProject(p, norm, workplaces, applied, notApplied);
  const nationalDeltaWorkplaces = [...workplaces.values()].reduce((a, b) => a + b, 0);
  const projected = project(base, delta, notApplied);
  const inputs: MonitorInputs = {
    options,
    from: base,
    to: projected,
    published: [],
    randstadStatements: [],
    population: await provincePopulation(db, request.peildatum),
    nationalGrowth: growthFromLevels(base.national, projected.national, base.nationalSources) ?? NO_GROWTH,
  };
  const monitors = [
    randstadShareMonitor(inputs),
    deVriesMonitor(inputs),
    proportionalityMonitor(inputs),
    drentheMonitor(inputs),
  ].map((m) => labelFictional({ ...m, toPeildatum: 'scenario' }));
  const caseAdvice: ScenarioCaseAdvice[] = [];
  for (const c of cases)
    caseAdvice.push({ caseId: c.id, title: c.title, advice: await adviceForCase(db, c.id, viewer) });
  return {
    caseAdvice,
    peildatum: request.peildatum,
    dataset: request.dataset,
    nationalBase: base.national,
    nationalProjected: projected.national,
    applied,
    notApplied,
    monitors,
    nationalDeltaWorkplaces,
    nationalCapacityFte: nationalDeltaWorkplaces / norm,
    workplacesPerFte: norm,
    provinces: [...base.provinces.values()].map((p) => ({
      code: p.code,
      name: p.name,
      baseFte: p.fte,
      deltaFte: delta.get(p.code) ?? 0,
      projectedFte: projected.provinces.get(p.code)!.fte,
      deltaWorkplaces: workplaces.get(p.code) ?? 0,
      capacityFte: (workplaces.get(p.code) ?? 0) / norm,
    })),
  };
}

/** Kinds whose workplaces add to (1) or leave (−1) the province's stock; others state no change. */
const WORKPLACE_SIGN: Record<string, 1 | -1> = { nieuwbouw: 1, aankoop: 1, rijksontmoetingsplein: 1, afstoot: -1 };

function applyProject(
  p: PlannedProject,
  norm: number,
  workplaces: Map<string, number>,
  applied: string[],
  notApplied: string[],
): void {
  const sign = WORKPLACE_SIGN[p.kind];
  const label = `project ${p.id} (${p.name})`;
  if (sign === undefined) {
    notApplied.push(`${label}: een project van de soort ${p.kind} verandert het aantal werkplekken niet aantoonbaar`);
    return;
  }
  if (p.plannedWorkplaces === null) {
    notApplied.push(`${label}: geen aantal werkplekken bekend`);
    return;
  }
  if (p.province === null) {
    notApplied.push(`${label}: geen provincie bekend`);
    return;
  }
  workplaces.set(p.province, (workplaces.get(p.province) ?? 0) + sign * p.plannedWorkplaces);
  applied.push(
    `${label}: ${sign > 0 ? '+' : '−'}${p.plannedWorkplaces} werkplekken, ruimte voor ${sign > 0 ? '+' : '−'}${formatFte(p.plannedWorkplaces / norm)} bij ${String(norm).replace('.', ',')} werkplek per fte`,
  );
}

function reportOtherDataset(
  dataset: Dataset,
  items: { id: number; dataset: string }[],
  field: string,
  noun: string,
): void {
  const other = items.filter((i) => i.dataset !== dataset);
  if (other.length > 0) {
    throw new ValidationError(
      field,
      `${noun} ${other.map((i) => `${i.id} (${i.dataset})`).join(', ')} hoort niet bij de dataset van het scenario (${dataset}): gepubliceerde cijfers en fictieve voorbeelddata worden niet gemengd`,
    );
  }
}

function applyCase(c: PlannedCase, delta: Map<string, number>, applied: string[], notApplied: string[]): void {
  if (c.fteChange === null) {
    notApplied.push(`casus ${c.id} (${c.title}): geen fte-verandering bekend`);
    return;
  }
  const size = Math.abs(c.fteChange);
  const add = (code: string | null, amount: number) => code && delta.set(code, (delta.get(code) ?? 0) + amount);
  if (
    c.fromProvince &&
    c.toProvince &&
    c.fromProvince !== c.toProvince &&
    c.kind !== 'krimp' &&
    c.kind !== 'groei' &&
    c.kind !== 'nieuwe_dienst'
  ) {
    add(c.fromProvince, -size);
    add(c.toProvince, size);
  } else if (c.kind === 'krimp' || c.fteChange < 0) {
    add(c.fromProvince ?? c.toProvince, -size);
  } else {
    add(c.toProvince ?? c.fromProvince, size);
  }
  if (!c.fromProvince && !c.toProvince) {
    notApplied.push(`casus ${c.id} (${c.title}): geen provincie bekend`);
    return;
  }
  applied.push(`casus ${c.id} (${c.title}): ${c.fteChange > 0 ? '+' : ''}${c.fteChange} fte`);
}

function project(base: ProvinceSnapshot, delta: Map<string, number>, notApplied: string[]): ProvinceSnapshot {
  const provinces = new Map(
    [...base.provinces].map(([code, row]) => {
      const d = delta.get(code) ?? 0;
      if (d !== 0 && row.fte === null)
        notApplied.push(`${row.name}: ${d > 0 ? '+' : ''}${d} fte niet te projecteren (geen basiscijfer)`);
      return [code, { ...row, fte: row.fte === null ? null : row.fte + d }];
    }),
  );
  const net = [...delta.values()].reduce((s, d) => s + d, 0);
  return {
    ...base,
    peildatum: PROJECTION_DATE,
    provinces,
    national: base.national === null ? null : base.national + net,
  };
}

function reportUnknown(requested: number[], found: number[], field: string): void {
  const missing = requested.filter((id) => !found.includes(id));
  if (missing.length > 0) throw new ValidationError(field, `Onbekende id's: ${missing.join(', ')}`);
}
