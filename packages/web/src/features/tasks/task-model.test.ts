import { describe, expect, it } from 'vitest';
import { assignmentBody, parseAssignment } from './task-model.js';

describe('assignment choices', () => {
  it('reads a person or a team from the select value', () => {
    expect(parseAssignment('me')).toEqual({ kind: 'me' });
    expect(parseAssignment('person:u1')).toEqual({ kind: 'person', userId: 'u1' });
    expect(parseAssignment('team:p1')).toEqual({ kind: 'team', programId: 'p1' });
    expect(parseAssignment('team:')).toBeNull();
    expect(parseAssignment(null)).toBeNull();
  });

  it('sends exactly one assignee field', () => {
    expect(assignmentBody({ kind: 'me' }, 'me1')).toEqual({ assignedToId: 'me1' });
    expect(assignmentBody({ kind: 'person', userId: 'u1' }, 'me1')).toEqual({ assignedToId: 'u1' });
    expect(assignmentBody({ kind: 'team', programId: 'p1' }, 'me1')).toEqual({ assignedProgramId: 'p1' });
  });
});
