import type { AssessmentResultView } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { measureSeries } from './mbc-model.js';

const result = (over: Partial<AssessmentResultView>): AssessmentResultView => ({
  id: '00000000-0000-4000-8000-000000000001',
  clientId: '00000000-0000-4000-8000-000000000002',
  episodeId: null,
  instrument: 'phq9',
  definitionVersion: 'phq9@1',
  complete: true,
  total: 10,
  severity: 'moderate',
  flags: [],
  answers: [],
  mode: 'clinician',
  administeredAt: '2026-01-01T10:00:00Z',
  signedAt: '2026-01-01T10:00:00Z',
  signedById: '00000000-0000-4000-8000-000000000003',
  signedByName: 'Casey Manager',
  ...over,
});

describe('MBC series', () => {
  it('keeps complete scores of one measure, oldest first', () => {
    const items = [
      result({ administeredAt: '2026-03-01T10:00:00Z', total: 4, severity: 'minimal' }),
      result({ complete: false, total: null, severity: null }),
      result({ instrument: 'gad7', total: 12 }),
      result({ administeredAt: '2026-01-01T10:00:00Z', total: 15, severity: 'moderately_severe' }),
    ];
    expect(measureSeries(items, 'phq9').map((s) => s.total)).toEqual([15, 4]);
    expect(measureSeries(items, 'gad7').map((s) => s.total)).toEqual([12]);
  });
});
