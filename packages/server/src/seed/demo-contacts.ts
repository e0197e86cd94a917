import { randomUUID } from 'node:crypto';
import { faker } from '@faker-js/faker';
import { ContactServices, type ContactOutcome, type ContactType } from '@careloop/core';
import { addHours, min, subDays, subMinutes } from 'date-fns';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { contacts, noteAddenda, notes } from '../modules/contacts/contacts.schema.js';
import { careTeamMembers } from '../modules/episodes/episodes.schema.js';
import { programs } from '../modules/programs/programs.schema.js';
import type { DemoRefs } from './demo-refs.js';

type Kind = 'f2f' | 'home' | 'community' | 'phone' | 'video' | 'failed';
/** A draft note, a note written up two days late, a peer specialist's note awaiting co-sign. */
type Extra = 'draft' | 'late' | 'peer_cosign';
type Visit = [daysAgo: number, kind: Kind, extra?: Extra];

const TYPE: Record<Kind, ContactType> = {
  f2f: 'face_to_face',
  home: 'home_visit',
  community: 'community',
  phone: 'phone',
  video: 'video',
  failed: 'outreach_attempt',
};
const FAILED: ContactOutcome[] = ['no_answer', 'not_home', 'left_message'];

// Per demo client (in MRN order, as demo-caseload creates them), since their episode opened, at
// roughly the program's cadence. Two are set up for the engagement rules on the dashboards.
const HISTORY: Visit[][] = [
  // ICM, weekly: the last successful contact was 8 days ago, so the client is overdue.
  [
    [12, 'f2f'],
    [8, 'home'],
  ],
  [
    [3, 'f2f'],
    [1, 'phone'],
  ],
  [
    [9, 'f2f'],
    [6, 'failed'],
    [5, 'phone'],
    [2, 'home'],
  ],
  [[1, 'f2f']],
  // Clinical, every two weeks.
  [
    [20, 'f2f'],
    [14, 'phone'],
    [8, 'community'],
    [1, 'f2f', 'draft'],
  ],
  [
    [5, 'f2f', 'late'],
    [2, 'video'],
  ],
  [[2, 'f2f']],
  // Strengths-based, twice a month.
  [
    [25, 'f2f'],
    [17, 'failed'],
    [16, 'phone'],
    [10, 'community'],
    [3, 'f2f'],
  ],
  // Three failed outreach attempts in a row, the most recent contacts: disengaged.
  [
    [8, 'f2f'],
    [6, 'failed'],
    [4, 'failed'],
    [2, 'failed'],
  ],
  // Supportive, monthly; the peer specialist's visit awaits a supervisor's co-sign.
  [
    [40, 'f2f'],
    [30, 'phone'],
    [12, 'home'],
    [5, 'community', 'peer_cosign'],
  ],
  // ACT: face-to-face most days.
  [
    [2, 'f2f'],
    [1, 'home'],
    [0, 'community', 'draft'],
  ],
  [
    [4, 'f2f'],
    [3, 'community'],
    [2, 'home'],
    [1, 'f2f'],
  ],
  // Waitlisted for ACT: the screening call.
  [[6, 'phone']],
];

// Plain, non-identifying wording.
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

interface OpenEpisode extends Record<string, unknown> {
  episode_id: string;
  client_id: string;
  program_id: string;
  primary_id: string;
}

/**
 * Contacts and progress notes for every demo client with an open episode (deterministic: faker
 * with a fixed seed). Peer specialists' notes need a co-sign in every demo program, and the
 * peer specialist joins one supportive client's team to write one.
 */
export async function seedDemoContacts(tx: DbOrTx, refs: DemoRefs, now: Date): Promise<void> {
  faker.seed(606);
  const org = refs.organizationId;
  const peer = refs.users.peer_specialist;
  await tx
    .update(programs)
    .set({ cosignRoles: ['peer_specialist'] })
    .where(eq(programs.organizationId, org));
  const open = await tx.execute<OpenEpisode>(sql`
    select e.id as episode_id, e.client_id, e.program_id, m.user_id as primary_id
    from episodes e
    join clients c on c.id = e.client_id
    join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    where e.organization_id = ${org} and e.stage <> 'closed'
    order by c.mrn`);

  const contactRows: (typeof contacts.$inferInsert)[] = [];
  const noteRows: (typeof notes.$inferInsert)[] = [];
  const addendumRows: (typeof noteAddenda.$inferInsert)[] = [];
  for (const [i, ep] of open.rows.entries()) {
    for (const [daysAgo, kind, extra] of HISTORY[i] ?? []) {
      const author = extra === 'peer_cosign' ? peer : ep.primary_id;
      if (extra === 'peer_cosign') {
        await tx.insert(careTeamMembers).values({
          organizationId: org,
          episodeId: ep.episode_id,
          clientId: ep.client_id,
          role: 'peer_specialist',
          userId: peer,
          startedAt: subDays(now, daysAgo + 1),
        });
      }
      const occurredAt = subMinutes(subDays(now, daysAgo), faker.number.int({ min: 15, max: 180 }));
      const enteredAt = extra === 'late' ? addHours(occurredAt, 50) : min([addHours(occurredAt, 1), now]);
      const id = randomUUID();
      const phone = kind === 'phone' || kind === 'video' || kind === 'failed';
      contactRows.push({
        id,
        organizationId: org,
        clientId: ep.client_id,
        episodeId: ep.episode_id,
        type: TYPE[kind],
        outcome: kind === 'failed' ? faker.helpers.arrayElement(FAILED) : 'completed',
        occurredAt,
        durationMinutes: phone ? faker.number.int({ min: 5, max: 20 }) : faker.number.int({ min: 30, max: 75 }),
        services: phone ? ['coordination'] : faker.helpers.arrayElements(ContactServices, { min: 1, max: 2 }),
        authorId: author,
        enteredAt,
        lateEntry: extra === 'late',
        updatedAt: enteredAt,
      });
      if (kind === 'failed') continue;
      const draft = extra === 'draft';
      const noteId = randomUUID();
      // The late note carries an addendum, as staff add when something comes up afterwards.
      if (extra === 'late') {
        addendumRows.push({
          organizationId: org,
          clientId: ep.client_id,
          noteId,
          text: 'Addendum: the landlord called back after the visit; the viewing is confirmed for Friday.',
          authorId: author,
          signedAt: addHours(enteredAt, 2),
        });
      }
      noteRows.push({
        id: noteId,
        organizationId: org,
        clientId: ep.client_id,
        episodeId: ep.episode_id,
        contactId: id,
        kind: 'progress',
        format: 'dap',
        body: {
          data: faker.helpers.arrayElement(DATA),
          assessment: faker.helpers.arrayElement(ASSESSMENT),
          plan: draft ? '' : faker.helpers.arrayElement(PLAN),
        },
        status: draft ? 'draft' : 'signed',
        authorId: author,
        createdAt: enteredAt,
        updatedAt: enteredAt,
        signedById: draft ? null : author,
        signedAt: draft ? null : enteredAt,
        lateEntry: extra === 'late',
        cosignRequired: extra === 'peer_cosign',
      });
    }
  }
  if (contactRows.length) await tx.insert(contacts).values(contactRows);
  if (noteRows.length) await tx.insert(notes).values(noteRows);
  if (addendumRows.length) await tx.insert(noteAddenda).values(addendumRows);
}
