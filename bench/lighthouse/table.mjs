// Prints the medians of the Lighthouse reports run.sh wrote (REPORTS/page{i}-run{r}.json and .calibrated.json),
// one table with Lighthouse's default CPU slowdown and one calibrated to the machine (audit.mjs).
//   node table.mjs REPORTS_DIR PAGE...   exit status 1 when a page misses a11y 100, perf >= 95 or CLS 0 by default
import fs from 'node:fs';
import path from 'node:path';

const [dir, ...pages] = process.argv.slice(2);
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const f = (x, digits = 0) => (x == null ? 'n/a' : x.toFixed(digits));

function table(suffix, title) {
  let missed = false;
  const rows = pages.map((page, i) => {
    const files = fs.readdirSync(dir).filter((name) => name.startsWith(`page${i}-run`) && name.endsWith(suffix) && (suffix !== '.json' || !name.endsWith('.calibrated.json')));
    const reports = files.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    const ok = reports.filter((r) => !r.runtimeError && r.categories.performance.score != null);
    const num = (r, id) => (r.audits[id] ? r.audits[id].numericValue : null);
    const perfRuns = ok.map((r) => Math.round(r.categories.performance.score * 100));
    const row = {
      page: '/' + page,
      a11y: median(ok.map((r) => Math.round(r.categories.accessibility.score * 100))),
      perf: median(perfRuns),
      cls: median(ok.map((r) => num(r, 'cumulative-layout-shift'))),
      lcp: median(ok.map((r) => num(r, 'largest-contentful-paint'))),
      tbt: median(ok.map((r) => num(r, 'total-blocking-time'))),
      fcp: median(ok.map((r) => num(r, 'first-contentful-paint'))),
      kb: median(ok.map((r) => num(r, 'total-byte-weight') / 1024)),
      cpu: ok.map((r) => r.configSettings.throttling.cpuSlowdownMultiplier).join(' '),
      bench: ok.map((r) => Math.round(r.environment.benchmarkIndex)).join(' '),
      runs: perfRuns.join(' '),
    };
    const failed = new Set();
    for (const r of ok) for (const ref of r.categories.accessibility.auditRefs) if (r.audits[ref.id] && r.audits[ref.id].score === 0) failed.add(ref.id);
    const notes = [...failed];
    if (ok.length < reports.length) notes.push(`${reports.length - ok.length} of ${reports.length} runs failed`);
    if (!ok.length) notes.push('no run');
    if (!(row.a11y === 100 && row.perf >= 95 && row.cls === 0)) { missed = true; notes.unshift('below target'); }
    row.note = notes.join(', ');
    return row;
  });
  const cells = [['page', 'a11y', 'perf', 'CLS', 'LCP ms', 'TBT ms', 'FCP ms', 'KB', 'perf per run', 'CPU ×', 'benchmark index', 'note']]
    .concat(rows.map((r) => [r.page, f(r.a11y), f(r.perf), f(r.cls, 4), f(r.lcp), f(r.tbt), f(r.fcp), f(r.kb), r.runs, r.cpu, r.bench, r.note]));
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => String(row[c]).length)));
  console.log(`\n${title}`);
  cells.forEach((row, n) => {
    console.log('| ' + row.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ') + ' |');
    if (n === 0) console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  });
  return missed;
}

const missedDefault = table('.json', 'Lighthouse defaults (mobile, simulated throttling, CPU slowdown 4×), medians:');
table('.calibrated.json', 'CPU slowdown calibrated to this machine (max(1, benchmark index / 264)), same loads, medians:');
console.log('\ntarget: a11y 100, perf >= 95, CLS 0 (the exit status follows the first table)');
process.exit(missedDefault ? 1 : 0);
