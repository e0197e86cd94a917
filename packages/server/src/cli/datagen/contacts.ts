import { ContactServices, type ContactType, type ProgramModel } from '@careloop/core';
import { addDays, addHours, addMinutes, differenceInHours, isAfter, max, min, startOfDay, subDays } from 'date-fns';
import { json, type CopyBatch } from './copy-writer.js';
import type { EpisodeStory } from './episodes.js';
import { CONTACT_HISTORY_DAYS } from './profiles.js';
import type { Rng } from './random.js';
import { T } from './tables.js';

// Days between contacts when the cadence is kept (a little inside each model's window).
const INTERVAL: Record<ProgramModel, number> = {
  supportive: 22,
  strengths_based: 13,
  clinical: 10,
  intensive: 5,
  act: 2,
};
const TYPES: Record<ProgramModel, Partial<Record<ContactType, number>>> = {
  supportive: { phone: 0.45, face_to_face: 0.3, home_visit: 0.1, community: 0.1, video: 0.05 },
  strengths_based: { face_to_face: 0.35, community: 0.25, phone: 0.25, home_visit: 0.1, video: 0.05 },
  clinical: { face_to_face: 0.45, phone: 0.25, home_visit: 0.1, video: 0.15, collateral: 0.05 },
  intensive: { face_to_face: 0.35, home_visit: 0.25, community: 0.2, phone: 0.15, collateral: 0.05 },
  act: { face_to_face: 0.3, home_visit: 0.35, community: 0.3, phone: 0.05 },
};
const FAILED = ['no_answer', 'not_home', 'left_message'] as const;
const REMOTE: readonly ContactType[] = ['phone', 'video', 'text', 'outreach_attempt'];

const DATA = [
  'Met as planned. Reviewed the past week, the medication routine and upcoming appointments.',
  'Reports sleeping better and keeping to the daily schedule agreed last time.',
  'Went together to the benefits office; the application was submitted.',
  'Practised the bus route to the clinic; managed the transfer without help.',
  'Reviewed the budget for the month and the grocery plan.',
  'Talked through housing options; completed one rental application.',
];
const ASSESSMENT = [
  'Mood appears stable; engaged and focused on goals.',
  'Some worry about the appointment; coped using the breathing exercise.',
  'Good progress toward the housing goal.',
  'Tired but engaged; no safety concerns raised.',
  'Motivated and following through on agreed steps.',
];
const PLAN = [
  'Meet next week; follow up on the benefits decision.',
  'Call on Friday to confirm the clinic appointment.',
  'Continue the weekly budgeting practice.',
  'Bring identity documents to the next visit.',
  'Check in by phone in three days.',
];

type Engagement = 'regular' | 'lapsing' | 'disengaged';

/**
 * Contacts at about the program's cadence over the last months of the episode, with a DAP note
 * on each one that reached the client. Some clients lapse (fall overdue), a few stop answering
 * (the last attempts fail: the disengagement rule's case). Peer specialists' notes need a co-sign.
 */
export function contactHistory(batch: CopyBatch, rng: Rng, e: EpisodeStory, now: Date): void {
  const from = e.reached.assessment;
  if (!from) return;
  const engagement = rng.weighted<Engagement>({ regular: 0.8, lapsing: 0.16, disengaged: 0.04 });
  const stretch = engagement === 'lapsing' ? 1.6 + rng.next() : 0.7 + rng.next() * 0.5;
  const interval = INTERVAL[e.program.model] * stretch;
  const start = max([from, subDays(e.end, CONTACT_HISTORY_DAYS)]);
  const days: Date[] = [];
  for (
    let t = addDays(start, rng.next() * interval);
    isAfter(e.end, t);
    t = addDays(t, interval * (0.6 + rng.next() * 0.8))
  ) {
    days.push(t);
  }
  // A lapsing client's worker last saw them well over a window ago.
  if (engagement === 'lapsing' && !e.closedAt)
    while (days.length && differenceInHours(now, days.at(-1)!) < interval * 24) days.pop();
  days.forEach((day, i) => {
    const failedRun = engagement === 'disengaged' && !e.closedAt && i >= days.length - 3;
    const failed = failedRun || rng.chance(0.07);
    const type: ContactType = failed ? 'outreach_attempt' : rng.weighted(TYPES[e.program.model]);
    // Office hours, in UTC for a US agency (13:00–22:00 UTC is 8–5 Eastern to 6–3 Pacific).
    const occurredAt = min([addMinutes(addHours(startOfDay(day), 13), rng.int(0, 9 * 60)), subDays(now, 0.02)]);
    const late = rng.chance(0.04);
    const enteredAt = min([addMinutes(occurredAt, late ? rng.int(26 * 60, 60 * 60) : rng.int(20, 180)), now]);
    const byPeer = e.hasPeer && rng.chance(0.25);
    const author = byPeer ? e.program.peerId : e.caseManagerId;
    const contactId = rng.uuid();
    batch.add(T.contacts, {
      id: contactId,
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      type,
      outcome: failed ? rng.pick(FAILED) : 'completed',
      occurred_at: occurredAt,
      duration_minutes: REMOTE.includes(type) ? rng.int(5, 20) : rng.int(30, 75),
      location: type === 'home_visit' ? 'Client home' : type === 'community' ? 'Community' : null,
      services: json(REMOTE.includes(type) ? ['coordination'] : rng.some(ContactServices, 1, 2)),
      author_id: author,
      entered_at: enteredAt,
      late_entry: late,
      updated_at: enteredAt,
    });
    if (failed || rng.chance(0.03)) return;
    const draft = i === days.length - 1 && !e.closedAt && rng.chance(0.1);
    const cosignedAt =
      byPeer && !draft && differenceInHours(now, enteredAt) > 72 ? addHours(enteredAt, rng.int(4, 60)) : null;
    batch.add(T.notes, {
      id: rng.uuid(),
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      contact_id: contactId,
      kind: 'progress',
      format: 'dap',
      body: json({ data: rng.pick(DATA), assessment: rng.pick(ASSESSMENT), plan: draft ? '' : rng.pick(PLAN) }),
      status: draft ? 'draft' : 'signed',
      author_id: author,
      created_at: enteredAt,
      updated_at: enteredAt,
      signed_by_id: draft ? null : author,
      signed_at: draft ? null : enteredAt,
      late_entry: late,
      cosign_required: byPeer && !draft,
      cosigned_by_id: cosignedAt ? e.program.supervisorId : null,
      cosigned_at: cosignedAt,
    });
  });
}
