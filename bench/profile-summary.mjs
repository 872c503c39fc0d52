#!/usr/bin/env node
/**
 * Profiling aid: summarises a V8 .cpuprofile (node --cpu-prof) by self time per function and
 * per package, to find where a request's time goes in Node. `node bench/profile-summary.mjs file`.
 */
import fs from 'node:fs';

const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  self.set(n.id, (self.get(n.id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const pkg = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const key = `${functionName || '(anon)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*wt-bench\//, '')}:${lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const p = url.includes('node_modules/')
    ? url
        .split('node_modules/')[1]
        .split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : url.includes('/dist/')
      ? 'ours (dist)'
      : url
        ? 'node:' + url.split('/').pop()
        : functionName;
  pkg.set(p, (pkg.get(p) ?? 0) + us);
}
const show = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .forEach(([name, us]) => console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`));
console.log(`total sampled ${(total / 1000).toFixed(0)} ms\n-- by package`);
show(pkg, 15);
console.log('-- by function (self)');
show(fn, 25);
