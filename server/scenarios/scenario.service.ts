/**
 * A scenario applies planned cases and projects to a reference date and returns the projected
 * distribution per province and the monitors' outcomes for it (base date → projection).
 * Cases move fte: growth and new services add at the destination, shrinkage removes at the
 * origin, a case with both an origin and a destination moves the fte between them. Projects
 * change workplaces: new build, purchase and meeting hubs add, disposal removes.
 * A change that lands on a province without a figure cannot be projected there: it is listed.
 */
import type { Dataset } from '../common/domain.js';
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { deVriesMonitor } from '../monitors/de-vries.monitor.js';
import { drentheMonitor } from '../monitors/drenthe.monitor.js';
import { proportionalityMonitor } from '../monitors/proportionality.monitor.js';
import { randstadShareMonitor } from '../monitors/randstad-share.monitor.js';
import type { MonitorResult } from '../monitors/monitor.model.js';
import type { MonitorInputs } from '../monitors/monitor-inputs.js';
import { provincePopulation } from '../monitors/monitor.queries.js';
import { resolveMonitorOptions } from '../monitors/monitors.service.js';
import { NO_GROWTH, growthFromLevels } from '../monitors/growth.js';
import { provinceSnapshot, type ProvinceSnapshot } from '../monitors/snapshot.js';
import { plannedCases, plannedProjects, type PlannedCase } from './scenario.queries.js';

export interface ScenarioRequest {
  peildatum: string;
  dataset: Dataset;
  caseIds: number[];
  projectIds: number[];
  randstad?: string[] | null;
}

export interface ProvinceProjection {
  code: string;
  name: string;
  baseFte: number | null;
  deltaFte: number;
  projectedFte: number | null;
  deltaWorkplaces: number;
}

export interface ScenarioResult {
  peildatum: string;
  dataset: Dataset;
  provinces: ProvinceProjection[];
  nationalBase: number | null;
  nationalProjected: number | null;
  applied: string[];
  notApplied: string[];
  monitors: MonitorResult[];
}

const PROJECTION_DATE = '9999-12-31';

export async function runScenario(db: Queryable, request: ScenarioRequest): Promise<ScenarioResult> {
  if (request.caseIds.length + request.projectIds.length === 0) throw new ValidationError('caseIds', 'Kies minstens één casus of project');
  const options = await resolveMonitorOptions(db, { fromPeildatum: request.peildatum, toPeildatum: PROJECTION_DATE, dataset: request.dataset, randstad: request.randstad });
  const base = await provinceSnapshot(db, { peildatum: request.peildatum, dataset: request.dataset });
  const cases = await plannedCases(db, request.caseIds);
  const projects = await plannedProjects(db, request.projectIds);
  reportUnknown(request.caseIds, cases.map((c) => c.id), 'caseIds');
  reportUnknown(request.projectIds, projects.map((p) => p.id), 'projectIds');

  const delta = new Map<string, number>();
  const workplaces = new Map<string, number>();
  const applied: string[] = [];
  const notApplied: string[] = [];
  for (const c of cases) applyCase(c, delta, applied, notApplied);
  for (const p of projects) {
    const sign = p.kind === 'afstoot' ? -1 : ['nieuwbouw', 'aankoop', 'rijksontmoetingsplein'].includes(p.kind) ? 1 : 0;
    if (p.plannedWorkplaces === null || p.province === null || sign === 0) { notApplied.push(`project ${p.id} (${p.name}): geen werkplekkenverandering bekend`); continue; }
    workplaces.set(p.province, (workplaces.get(p.province) ?? 0) + sign * p.plannedWorkplaces);
    applied.push(`project ${p.id} (${p.name}): ${sign > 0 ? '+' : '−'}${p.plannedWorkplaces} werkplekken`);
  }
  const projected = project(base, delta, notApplied);
  const inputs: MonitorInputs = {
    options, from: base, to: projected, published: [], randstadStatements: [],
    population: await provincePopulation(db, request.peildatum),
    nationalGrowth: growthFromLevels(base.national, projected.national, base.nationalSources) ?? NO_GROWTH,
  };
  const monitors = [randstadShareMonitor(inputs), deVriesMonitor(inputs), proportionalityMonitor(inputs), drentheMonitor(inputs)].map((m) => ({ ...m, toPeildatum: 'scenario' }));
  return {
    peildatum: request.peildatum, dataset: request.dataset, nationalBase: base.national, nationalProjected: projected.national, applied, notApplied, monitors,
    provinces: [...base.provinces.values()].map((p) => ({ code: p.code, name: p.name, baseFte: p.fte, deltaFte: delta.get(p.code) ?? 0, projectedFte: projected.provinces.get(p.code)!.fte, deltaWorkplaces: workplaces.get(p.code) ?? 0 })),
  };
}

function applyCase(c: PlannedCase, delta: Map<string, number>, applied: string[], notApplied: string[]): void {
  if (c.fteChange === null) { notApplied.push(`casus ${c.id} (${c.title}): geen fte-verandering bekend`); return; }
  const size = Math.abs(c.fteChange);
  const add = (code: string | null, amount: number) => code && delta.set(code, (delta.get(code) ?? 0) + amount);
  if (c.fromProvince && c.toProvince && c.fromProvince !== c.toProvince && c.kind !== 'krimp' && c.kind !== 'groei' && c.kind !== 'nieuwe_dienst') {
    add(c.fromProvince, -size); add(c.toProvince, size);
  } else if (c.kind === 'krimp' || c.fteChange < 0) {
    add(c.fromProvince ?? c.toProvince, -size);
  } else {
    add(c.toProvince ?? c.fromProvince, size);
  }
  if (!c.fromProvince && !c.toProvince) { notApplied.push(`casus ${c.id} (${c.title}): geen provincie bekend`); return; }
  applied.push(`casus ${c.id} (${c.title}): ${c.fteChange > 0 ? '+' : ''}${c.fteChange} fte`);
}

function project(base: ProvinceSnapshot, delta: Map<string, number>, notApplied: string[]): ProvinceSnapshot {
  const provinces = new Map([...base.provinces].map(([code, row]) => {
    const d = delta.get(code) ?? 0;
    if (d !== 0 && row.fte === null) notApplied.push(`${row.name}: ${d > 0 ? '+' : ''}${d} fte niet te projecteren (geen basiscijfer)`);
    return [code, { ...row, fte: row.fte === null ? null : row.fte + d }];
  }));
  const net = [...delta.values()].reduce((s, d) => s + d, 0);
  return { ...base, peildatum: PROJECTION_DATE, provinces, national: base.national === null ? null : base.national + net };
}

function reportUnknown(requested: number[], found: number[], field: string): void {
  const missing = requested.filter((id) => !found.includes(id));
  if (missing.length > 0) throw new ValidationError(field, `Onbekende id's: ${missing.join(', ')}`);
}
