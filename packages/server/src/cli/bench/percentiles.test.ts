import { describe, expect, it } from 'vitest';
import { percentiles } from './percentiles.js';

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95, p99: 99 });
  });

  it('handles one sample, no samples, and unsorted input', () => {
    expect(percentiles([7.123])).toEqual({ p50: 7.12, p95: 7.12, p99: 7.12 });
    expect(percentiles([])).toEqual({ p50: 0, p95: 0, p99: 0 });
    expect(percentiles([3, 1, 2]).p50).toBe(2);
  });

  it('takes the maximum for p99 of fewer than 100 samples', () => {
    expect(percentiles([1, 2, 3, 4, 100]).p99).toBe(100);
  });
});
