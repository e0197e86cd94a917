import { describe, expect, it } from 'vitest';
import { tierSeverity } from './risk-labels.js';

describe('risk labels', () => {
  it('orders tiers by severity with no tier lowest', () => {
    expect(tierSeverity('imminent')).toBeGreaterThan(tierSeverity('high'));
    expect(tierSeverity('high')).toBeGreaterThan(tierSeverity('moderate'));
    expect(tierSeverity('moderate')).toBeGreaterThan(tierSeverity('low'));
    expect(tierSeverity('low')).toBeGreaterThan(tierSeverity(null));
  });
});
