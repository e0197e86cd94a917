import fs from 'node:fs';
import path from 'node:path';
import type { Machine } from './machine.js';
import { latencySvg } from './plot.js';
import type { ScenarioResult } from './scenario-result.js';
import { SCENARIOS, type ScenarioName } from './scenarios.js';

export type { ScenarioResult } from './scenario-result.js';

export interface BenchReport {
  profile: string;
  commit: string;
  scenarios: Partial<Record<ScenarioName, ScenarioResult>>;
  date: string;
  machine: Machine;
  rssMiB?: { start: number; end: number; soakSeconds: number };
  settings: { poolMax: number; jobs: boolean; logLevel: string; seconds: number; warmupSeconds: number };
  /** Says what was different about this run (e.g. an index being tried). */
  label?: string;
}

/** The issue's targets (county profile, 2 cores, server and PostgreSQL on one machine). */
const TARGETS: Partial<Record<ScenarioName, { p95?: number; p99?: number; rps?: number }>> = {
  client_search: { p95: 25 },
  client_chart: { p95: 25 },
  caseload_dashboard: { p95: 25 },
  mixed_70_30: { rps: 1000, p99: 100 },
};
const MAX_OVERHEAD_MS = 5;

function targetCell(name: ScenarioName, r: ScenarioResult): { text: string; met: boolean | null } {
  const t = TARGETS[name];
  const parts: string[] = [];
  let met: boolean | null = null;
  const check = (ok: boolean, text: string) => {
    parts.push(text);
    met = (met ?? true) && ok;
  };
  if (t?.p95 !== undefined) check(r.p95 <= t.p95, `p95 ≤ ${t.p95}`);
  if (t?.p99 !== undefined) check(r.p99 <= t.p99, `p99 ≤ ${t.p99}`);
  if (t?.rps !== undefined) check(r.rps >= t.rps, `≥ ${t.rps} rps`);
  if (r.singleUser) check(r.singleUser.overheadP95 <= MAX_OVERHEAD_MS, `added ≤ ${MAX_OVERHEAD_MS}`);
  return { text: parts.join(', ') || '—', met };
}

const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(1));

export function markdownSection(report: BenchReport, svgFile: string | null): string {
  const m = report.machine;
  const county = report.profile === 'county';
  const rows = Object.entries(report.scenarios).map(([name, r]) => {
    const t = targetCell(name as ScenarioName, r);
    const verdict = t.met === null ? '' : !county ? ' (county target)' : t.met ? ' ✅' : ' ❌';
    const one = r.singleUser
      ? `${ms(r.singleUser.apiP95)} / ${ms(r.singleUser.sqlP95)} / ${ms(r.singleUser.overheadP95)}`
      : '—';
    return `| ${name} | ${r.connections} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(0)} | ${ms(r.sqlP95)} | ${ms(r.apiMinusSqlP95)} | ${one} | ${r.unexpected}/${r.conflicts} | ${t.text}${verdict} |`;
  });
  const rss = report.rssMiB
    ? `Server RSS over the ${report.rssMiB.soakSeconds} s mixed run: ${report.rssMiB.start} MiB at the start, ${report.rssMiB.end} MiB at the end.`
    : '';
  const s = report.settings;
  return [
    `## ${report.date.slice(0, 16).replace('T', ' ')} UTC · ${report.profile} · ${report.commit}${report.label ? ` · ${report.label}` : ''}`,
    '',
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.ramGiB} GiB RAM, Node ${m.node}, PostgreSQL ${m.postgres}; ` +
      `server pool ${s.poolMax}, jobs ${s.jobs ? 'on' : 'off'}, log level ${s.logLevel}, ${s.seconds} s per scenario after ${s.warmupSeconds} s warm-up.`,
    '',
    '| scenario | users | p50 ms | p95 ms | p99 ms | req/s | SQL p95 ms | API−SQL p95 ms | 1 user: API / SQL / added p95 ms | errors/409 | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    rss,
    '',
    svgFile ? `Plot: [${path.basename(svgFile)}](bench/results/${path.basename(svgFile)})\n` : '',
  ].join('\n');
}

const HEADER = `# Benchmarks

Produced by \`npm run bench\` (see the README's Benchmarks section); each run appends a section.
Latencies are per HTTP request over loopback, measured by the load generator. Each user sends
its next request as soon as the last one is answered (closed loop, no think time), so once the
CPUs are saturated latency ≈ users ÷ throughput: p95 ≤ 25 ms at 20 users needs ~800+ req/s.
"SQL p95" times the same reads as raw SQL through \`pg\` at the same concurrency (a pool the
server's size); at saturation both sides are mostly queueing, so each read scenario is also run
by one user alone, and "added" (1-user API p95 − SQL p95) is what the application adds per
request: session lookup, access-policy query, audit row and transaction, validation, JSON, HTTP.
Targets (county profile, 2 cores, server and PostgreSQL on one machine): p95 ≤ 25 ms for search,
chart and caseload at 20 users; mixed workload ≥ 1,000 req/s with p99 ≤ 100 ms at 50 users;
API p95 − SQL p95 ≤ 5 ms per read scenario (checked on the single-user pair).
Scenario definitions: ${Object.values(SCENARIOS)
  .map((s) => `\`${s.name}\` = ${s.title}`)
  .join('; ')}.

`;

/**
 * A section appended to BENCHMARKS.md; for a full run (every scenario, no label) also latest.json
 * and the profile's SVG plot. Returns the files written.
 */
export async function writeReport(report: BenchReport, root: string, full: boolean): Promise<string[]> {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const md = path.join(root, 'BENCHMARKS.md');
  const svg = path.join(dir, `latency-${report.profile}.svg`);
  if (!fs.existsSync(md)) fs.writeFileSync(md, HEADER);
  fs.appendFileSync(md, `\n${markdownSection(report, full ? svg : null)}`);
  if (!full) return [md];
  const json = path.join(dir, 'latest.json');
  // No arrays anywhere in the report, so this is already how Prettier formats it.
  fs.writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  const title = `Careloop ${report.profile} · ${report.commit} · ${report.date.slice(0, 10)}`;
  fs.writeFileSync(svg, await latencySvg(title, report.scenarios));
  return [md, json, svg];
}
