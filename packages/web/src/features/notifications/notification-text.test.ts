import { NotificationKinds, type NotificationView } from '@careloop/core';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../lib/locales/en.js';
import {
  isUrgentNotification,
  notificationHeadline,
  notificationSubject,
  type Translate,
} from './notification-text.js';

const base: NotificationView = {
  id: '0b8a6f1e-7c1d-4c2a-9a57-1f2e3d4c5b6a',
  kind: 'alert',
  clientId: null,
  entityType: null,
  entityId: null,
  params: {},
  client: null,
  intake: null,
  createdAt: '2026-03-02T15:00:00.000Z',
  readAt: null,
};
const n = (over: Partial<NotificationView>): NotificationView => ({ ...base, ...over });

// The real English strings, so the test reads what a person reads.
let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  t = (key, params) => i18n.t(key, params);
});

describe('notification wording', () => {
  it('says what each kind is about, from its codes', () => {
    expect(notificationHeadline(n({ kind: 'due_today', params: { taskKind: 'cssrs_screen' } }), t)).toBe(
      'Due today: Give the C-SSRS screen',
    );
    expect(notificationHeadline(n({ kind: 'overdue', params: { taskKind: 'manual' } }), t)).toBe('Overdue: Task');
    expect(notificationHeadline(n({ kind: 'alert', params: { flagKind: 'suicide_risk' } }), t)).toBe(
      'New alert: Suicide risk',
    );
    expect(notificationHeadline(n({ kind: 'cosign_request' }), t)).toBe('A note is waiting for your co-sign');
    expect(notificationHeadline(n({ kind: 'task_assigned', params: { taskKind: 'safety_plan' } }), t)).toBe(
      'Assigned to you: Make a safety plan with the client',
    );
    expect(notificationHeadline(n({ kind: 'handoff_request' }), t)).toBe(
      'A client was moved to your program: accept the hand-off',
    );
    expect(notificationHeadline(n({ kind: 'closure_signoff' }), t)).toBe(
      'A closure as lost contact is waiting for your sign-off',
    );
    expect(notificationHeadline(n({ kind: 'sign_in_failures', params: { as: 'owner' } }), t)).toMatch(
      /^Repeated failed sign-ins on your account/,
    );
    expect(notificationHeadline(n({ kind: 'sign_in_failures', params: { as: 'admin' } }), t)).toBe(
      "Repeated failed sign-ins on a staff member's account",
    );
  });

  it('says how a care team or an admin’s own access changed, and flags a self-change nobody approved', () => {
    expect(notificationHeadline(n({ kind: 'care_team_change', params: { change: 'transfer' } }), t)).toBe(
      'A case changed primary case manager',
    );
    expect(notificationHeadline(n({ kind: 'care_team_change', params: { change: 'member_added' } }), t)).toBe(
      'Someone joined a care team you answer for',
    );
    expect(notificationHeadline(n({ kind: 'care_team_change' }), t)).toBe('A care team you answer for changed');
    const applied = n({ kind: 'admin_change', params: { change: 'role_raise', status: 'applied' } });
    expect(notificationHeadline(applied, t)).toBe(
      'An admin changed their own access with no second admin to approve: review it',
    );
    expect(isUrgentNotification(applied)).toBe(true);
    expect(isUrgentNotification(n({ kind: 'admin_change', params: { status: 'pending' } }))).toBe(false);
  });

  it('says why an escalation reaches this person', () => {
    const esc = (as?: string) => n({ kind: 'escalation', params: { taskKind: 'cssrs_screen', ...(as ? { as } : {}) } });
    expect(notificationHeadline(esc('supervisor'), t)).toBe(
      'Escalated to you as supervisor, not done in time: Give the C-SSRS screen',
    );
    expect(notificationHeadline(esc('on_call'), t)).toBe(
      'Escalated to you on call, not done in time: Give the C-SSRS screen',
    );
    expect(notificationHeadline(esc(), t)).toBe('Escalated to you, not done in time: Give the C-SSRS screen');
  });

  it('says how urgent a referral is, from the intake when named', () => {
    expect(notificationHeadline(n({ kind: 'new_referral', params: { urgency: 'routine' } }), t)).toBe('New referral');
    expect(notificationHeadline(n({ kind: 'new_referral', params: { urgency: 'emergent' } }), t)).toBe(
      'New emergent referral',
    );
    expect(notificationHeadline(n({ kind: 'new_referral', params: {} }), t)).toBe('New referral');
    // Triaged up since it was sent: the intake's urgency now.
    const raised = n({
      kind: 'new_referral',
      params: { urgency: 'routine' },
      intake: { reference: 'R-000123', name: 'Vega, Rosa', urgency: 'urgent' },
    });
    expect(notificationHeadline(raised, t)).toBe('New urgent referral');
  });

  it('names the client or the referral when the server named them for this reader', () => {
    const alert = n({ kind: 'alert', clientId: 'c1', params: { flagKind: 'suicide_risk' } });
    expect(notificationSubject({ ...alert, client: { name: 'Halloway, Wren', mrn: '000123' } }, t)).toBe(
      'Halloway, Wren · MRN 000123',
    );
    const referral = n({
      kind: 'new_referral',
      params: { urgency: 'emergent' },
      intake: { reference: 'R-000123', name: 'Vega, Rosa', urgency: 'emergent' },
    });
    expect(notificationSubject(referral, t)).toBe('R-000123 · Vega, Rosa · Emergent');
    const unknown = n({ kind: 'new_referral', intake: { reference: 'R-000124', name: 'Ode, Ana', urgency: '?' } });
    expect(notificationSubject(unknown, t)).toBe('R-000124 · Ode, Ana');
  });

  it('names nobody when the reader may not open the chart (the headline alone)', () => {
    const alert = n({ kind: 'alert', clientId: 'c1', params: { flagKind: 'suicide_risk' } });
    expect(notificationSubject(alert, t)).toBeNull();
    expect(notificationHeadline(alert, t)).toBe('New alert: Suicide risk');
  });

  it('falls back to plain words for codes it does not know', () => {
    expect(notificationHeadline(n({ kind: 'overdue', params: { taskKind: 'retired_kind' } }), t)).toBe(
      'Overdue: a task',
    );
    expect(notificationHeadline(n({ kind: 'alert', params: { flagKind: 'retired_flag' } }), t)).toBe(
      'New alert: a client flag',
    );
  });

  it('marks late or new safety work and emergent referrals as urgent, nothing else', () => {
    const urgent = NotificationKinds.filter((kind) => isUrgentNotification(n({ kind })));
    expect(urgent).toEqual(['overdue', 'alert', 'escalation', 'search_enumeration_suspected']);
    expect(isUrgentNotification(n({ kind: 'new_referral', params: { urgency: 'emergent' } }))).toBe(true);
    expect(isUrgentNotification(n({ kind: 'new_referral', params: { urgency: 'urgent' } }))).toBe(false);
  });

  it('has words for every kind (no raw key shown)', () => {
    for (const kind of NotificationKinds) {
      expect(
        notificationHeadline(n({ kind, params: { taskKind: 'manual', flagKind: 'suicide_risk' } }), t),
      ).not.toMatch(/notifications\./);
    }
  });
});

describe('registry enumeration notice', () => {
  it('says which pattern, is urgent, and names nobody', () => {
    const notice = n({ kind: 'search_enumeration_suspected', entityType: 'user', params: { signal: 'alphabet_walk' } });
    expect(notificationHeadline(notice, t)).toBe(
      'Client searches walking the alphabet by one staff member: review their searches',
    );
    expect(notificationHeadline({ ...notice, params: { signal: 'x' } }, t)).toContain('Suspicious client searches');
    expect(isUrgentNotification(notice)).toBe(true);
    expect(notificationSubject(notice, t)).toBeNull();
  });
});
