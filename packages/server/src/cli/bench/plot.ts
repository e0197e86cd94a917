import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ScenarioResult } from './scenario-result.js';

/** Grouped bars of p50/p95/p99 per scenario (symlog scale: dashboards and chart reads differ tenfold). */
export async function latencySvg(title: string, scenarios: Record<string, ScenarioResult>): Promise<string> {
  const values = Object.entries(scenarios).flatMap(([name, s]) =>
    (['p50', 'p95', 'p99'] as const).map((p) => ({ scenario: name, percentile: p, ms: Math.max(s[p], 0.1) })),
  );
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 560,
    height: 280,
    data: { values },
    encoding: {
      y: {
        field: 'ms',
        type: 'quantitative',
        scale: { type: 'symlog' },
        axis: { values: [0, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] },
        title: 'latency (ms, symlog scale; dashed: the 25 ms p95 target)',
      },
    },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { field: 'scenario', type: 'nominal', sort: null, axis: { labelAngle: -30, title: null } },
          xOffset: { field: 'percentile', sort: ['p50', 'p95', 'p99'] },
          color: { field: 'percentile', type: 'nominal', sort: ['p50', 'p95', 'p99'], scale: { scheme: 'blues' } },
        },
      },
      // The p95 target of the search, chart and caseload scenarios.
      { mark: { type: 'rule', color: '#b00', strokeDash: [4, 4] }, encoding: { y: { datum: 25 } } },
    ],
  };
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
