import { describe, expect, it } from 'vitest';
import { safetyTaskOwner } from './task-owner.js';

describe('safetyTaskOwner', () => {
  const base = {
    giverId: 'giver',
    giverCanHold: true,
    primaryCaseManagerId: 'pcm',
    onCallIds: ['oncall-1', 'oncall-2'],
  };

  it('gives the task to the person who gave the instrument', () => {
    expect(safetyTaskOwner(base)).toEqual({ userId: 'giver', reason: 'giver' });
  });

  it('falls back to the primary case manager, then the first on-call clinician', () => {
    expect(safetyTaskOwner({ ...base, giverCanHold: false })).toEqual({
      userId: 'pcm',
      reason: 'primary_case_manager',
    });
    expect(safetyTaskOwner({ ...base, giverId: null, primaryCaseManagerId: null })).toEqual({
      userId: 'oncall-1',
      reason: 'on_call',
    });
  });

  it('leaves it unowned only when there is nobody', () => {
    expect(safetyTaskOwner({ giverId: null, giverCanHold: false, primaryCaseManagerId: null, onCallIds: [] })).toEqual({
      userId: null,
      reason: 'none',
    });
  });
});
