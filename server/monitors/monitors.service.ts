/** Runs every monitor for one pair of reference dates, one dataset and one Randstad definition. */
import type { Queryable } from '../common/sql.js';
import { ValidationError } from '../common/errors.js';
import type { MonitorOptions, MonitorResult } from './monitor.model.js';
import { loadMonitorInputs, type MonitorInputs } from './monitor-inputs.js';
import { configuredRandstad, PROVINCE_CODES } from './monitor.queries.js';
import { randstadShareMonitor } from './randstad-share.monitor.js';
import { deVriesMonitor } from './de-vries.monitor.js';
import { proportionalityMonitor } from './proportionality.monitor.js';
import { drentheMonitor } from './drenthe.monitor.js';
import { randstadShiftMonitor } from './randstad-shift.monitor.js';

export interface MonitorRequest {
  fromPeildatum: string;
  toPeildatum: string;
  dataset: 'gepubliceerd' | 'demo';
  randstad?: string[] | null;
}

export async function resolveMonitorOptions(db: Queryable, request: MonitorRequest): Promise<MonitorOptions> {
  for (const [field, value] of [
    ['fromPeildatum', request.fromPeildatum],
    ['toPeildatum', request.toPeildatum],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
      throw new ValidationError(field, `${field} moet een datum zijn (JJJJ-MM-DD)`);
  }
  if (request.fromPeildatum >= request.toPeildatum)
    throw new ValidationError('toPeildatum', 'toPeildatum moet na fromPeildatum liggen');
  const randstad = request.randstad ?? (await configuredRandstad(db));
  const unknown = randstad.filter((c) => !PROVINCE_CODES.includes(c));
  if (unknown.length > 0) throw new ValidationError('randstad', `Onbekende provinciecodes: ${unknown.join(', ')}`);
  return { fromPeildatum: request.fromPeildatum, toPeildatum: request.toPeildatum, dataset: request.dataset, randstad };
}

export async function runMonitors(db: Queryable, request: MonitorRequest): Promise<MonitorResult[]> {
  const inputs = await loadMonitorInputs(db, await resolveMonitorOptions(db, request));
  return runOnInputs(db, inputs);
}

/** Also used by scenarios, which swap in projected snapshots. */
export async function runOnInputs(db: Queryable, inputs: MonitorInputs): Promise<MonitorResult[]> {
  return [
    randstadShareMonitor(inputs),
    deVriesMonitor(inputs),
    proportionalityMonitor(inputs),
    drentheMonitor(inputs),
    await randstadShiftMonitor(db, inputs),
  ].map(labelFictional);
}

/** A verdict on demo figures is about fictional data, and its text says so (issue 16 finding 7). */
export function labelFictional(result: MonitorResult): MonitorResult {
  if (result.dataset !== 'demo') return result;
  return { ...result, explanation: `Fictieve voorbeelddata (geen gepubliceerde cijfers): ${result.explanation}` };
}
