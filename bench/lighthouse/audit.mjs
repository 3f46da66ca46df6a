// Audits the pages Lighthouse gathered (lighthouse -G=DIR) twice in one process: with Lighthouse's default CPU
// slowdown (4×) and with a multiplier calibrated to this machine's benchmark index of that load:
// max(1, benchmarkIndex / 264), 264 being the index of the device the mobile profile emulates (Moto G Power 2022,
// DevTools' CPU calibration). On a busy shared machine the default 4× slows an already slow CPU four times more.
//   node audit.mjs LIGHTHOUSE_PACKAGE_DIR GATHER_DIR...   (writes GATHER_DIR.json and GATHER_DIR.calibrated.json)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [lighthouseDir, ...gathered] = process.argv.slice(2);
const { default: lighthouse } = await import(pathToFileURL(path.join(lighthouseDir, 'core/index.js')).href);
const flags = { onlyCategories: ['accessibility', 'performance'], output: 'json', logLevel: 'error' };
for (const dir of gathered) {
  const artifactsFile = path.join(dir, 'artifacts.json');
  const artifacts = JSON.parse(fs.readFileSync(artifactsFile, 'utf8'));
  const url = artifacts.URL.requestedUrl;
  const normal = await lighthouse(url, { ...flags, auditMode: dir });
  fs.writeFileSync(`${dir}.json`, normal.report);
  // Simulated throttling applies the multiplier only when auditing, so the gathered load serves both.
  const gatheredWith = artifacts.settings.throttling.cpuSlowdownMultiplier;
  const multiplier = Math.max(1, Math.round((artifacts.BenchmarkIndex / 264) * 100) / 100);
  artifacts.settings.throttling.cpuSlowdownMultiplier = multiplier;
  fs.writeFileSync(artifactsFile, JSON.stringify(artifacts));
  try {
    const calibrated = await lighthouse(url, { ...flags, auditMode: dir, throttling: { ...artifacts.settings.throttling } });
    fs.writeFileSync(`${dir}.calibrated.json`, calibrated.report);
  } finally {
    artifacts.settings.throttling.cpuSlowdownMultiplier = gatheredWith;
    fs.writeFileSync(artifactsFile, JSON.stringify(artifacts));
  }
}
