/** p50/p95/p99 of a set of latencies (ms), nearest-rank, rounded to 0.01 ms. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function percentiles(samples: ArrayLike<number>): Percentiles {
  if (samples.length === 0) return { p50: 0, p95: 0, p99: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}
