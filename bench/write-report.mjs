#!/usr/bin/env node
/** Re-renders BENCHMARKS.md from bench/results.json (e.g. after editing bench/notes.md). */
import fs from 'node:fs';
import { writeReport } from './lib/report.mjs';

writeReport(JSON.parse(fs.readFileSync('bench/results.json', 'utf8')), 'BENCHMARKS.md');
console.log('BENCHMARKS.md bijgewerkt uit bench/results.json');
