import type { TimelineEntry } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { entryBadges, entryHeadline } from './timeline-text.js';

// Echoes the key and its parameters, so the test reads which words were chosen.
const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key);

const base = {
  id: 'x',
  occurredAt: '2026-03-02T15:00:00.000Z',
  earliestAt: '2026-03-02T15:00:00.000Z',
  actorId: null,
  actorName: null,
  entityId: '0b8a6f1e-7c1d-4c2a-9a57-1f2e3d4c5b6a',
  episodeId: null,
  count: 1,
};

const contact = (over: Partial<Extract<TimelineEntry, { kind: 'contact' }>['facts']> = {}): TimelineEntry => ({
  ...base,
  kind: 'contact',
  facts: {
    type: 'phone',
    outcome: 'completed',
    durationMinutes: 20,
    lateEntry: false,
    enteredAt: base.occurredAt,
    voided: false,
    noteId: null,
    noteStatus: null,
    ...over,
  },
});

describe('timeline words', () => {
  it('says how a contact went, and shows failed outreach as such', () => {
    expect(entryHeadline(contact(), t)).toBe('timeline.text.contact{"type":"contacts.types.phone","count":20}');
    expect(entryHeadline(contact({ outcome: 'no_answer' }), t)).toBe(
      'timeline.text.contactFailed{"type":"contacts.types.phone","outcome":"contacts.outcomes.no_answer"}',
    );
  });

  it('badges voided and late contacts and the note status, awaiting co-sign included', () => {
    expect(entryBadges(contact({ voided: true, lateEntry: true, noteStatus: 'awaiting_cosign' }))).toEqual([
      'timeline.badges.voided',
      'timeline.badges.lateEntry',
      'notes.status.awaiting_cosign',
    ]);
    expect(entryBadges(contact())).toEqual([]);
  });

  it('names the score and band of an assessment, or only what is known', () => {
    const phq = (total: number | null, severity: string | null): TimelineEntry => ({
      ...base,
      kind: 'assessment',
      facts: { instrument: 'phq9', total, severity, riskLevel: null },
    });
    expect(entryHeadline(phq(12, 'moderate'), t)).toBe(
      'timeline.text.assessmentScoreBand{"name":"assessments.instruments.phq9","total":12,"band":"assessments.severities.moderate"}',
    );
    expect(entryHeadline(phq(null, null), t)).toBe('assessments.instruments.phq9');
  });

  it('counts merged stage changes and addenda', () => {
    const stages: TimelineEntry = {
      ...base,
      count: 3,
      kind: 'stage_change',
      facts: { fromStage: 'assessment', toStage: 'planning', programName: 'ACT' },
    };
    expect(entryHeadline(stages, t)).toBe(
      'timeline.text.stageChanges{"program":"ACT","count":3,"to":"care.stages.planning"}',
    );
    expect(entryHeadline({ ...stages, count: 1 }, t)).toContain('timeline.text.stageChange{');
    expect(entryHeadline({ ...base, count: 2, kind: 'addendum', facts: { noteId: base.entityId } }, t)).toBe(
      'timeline.text.addendum{"count":2}',
    );
  });
});
