import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target.js';

describe('notification target', () => {
  it('opens the task, the co-sign queue or the chart', () => {
    expect(notificationTarget({ kind: 'due_today', entityId: 't1', clientId: 'c1' })).toBe('/tasks/t1');
    expect(notificationTarget({ kind: 'overdue', entityId: null, clientId: null })).toBe('/tasks');
    expect(notificationTarget({ kind: 'cosign_request', entityId: 'n1', clientId: 'c1' })).toBe('/cosign');
    expect(notificationTarget({ kind: 'alert', entityId: 'f1', clientId: 'c1' })).toBe('/clients/c1');
    expect(notificationTarget({ kind: 'alert', entityId: 'f1', clientId: null })).toBe('/caseload');
  });
});
