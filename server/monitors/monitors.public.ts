/**
 * What other features (scenarios, candidates) use of the monitors besides its role files
 * (monitors.service.ts, monitor.queries.ts, monitor.model.ts): each monitor's rule and the
 * snapshot and growth helpers, so a scenario judges a plan by exactly the same arithmetic.
 */
export { deVriesMonitor } from './de-vries.monitor.js';
export { drentheMonitor } from './drenthe.monitor.js';
export { proportionalityMonitor } from './proportionality.monitor.js';
export { randstadShareMonitor } from './randstad-share.monitor.js';
export type { MonitorInputs } from './monitor-inputs.js';
export { NO_GROWTH, growthFromLevels } from './growth.js';
export { percent, provinceSnapshot, type ProvinceSnapshot } from './snapshot.js';
export { fte } from './format.js';
