import { addDays, addHours, isAfter, subDays } from 'date-fns';
import type { CopyBatch } from './copy-writer.js';
import type { EpisodeStory } from './episodes.js';
import type { Rng } from './random.js';
import { T } from './tables.js';

const TITLES = [
  'Call about the benefits appointment',
  'Confirm the housing viewing',
  'Pick up the ID documents',
  'Follow up with the primary care clinic',
  'Send the pharmacy refill request',
  'Check on the food bank referral',
];

/**
 * Hand-made follow-up tasks on an open episode: a few done, the newer ones open (some overdue).
 * Rule-raised tasks (cadence, engagement, plan reviews) are left to the app's own sweeps.
 */
export function episodeTasks(batch: CopyBatch, rng: Rng, e: EpisodeStory, now: Date): void {
  if (e.closedAt || !e.reached.assessment) return;
  const count = rng.int(0, 3);
  for (let i = 0; i < count; i++) {
    const createdAt = subDays(now, rng.int(1, 60));
    const dueAt = addHours(addDays(createdAt, rng.int(1, 21)), rng.int(0, 8));
    const done = isAfter(now, dueAt) ? rng.chance(0.8) : rng.chance(0.1);
    const completedAt = done ? (isAfter(now, dueAt) ? dueAt : now) : null;
    batch.add(T.tasks, {
      id: rng.uuid(),
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      kind: 'manual',
      title: rng.pick(TITLES),
      priority: rng.weighted({ low: 0.15, routine: 0.6, high: 0.2, urgent: 0.05 }),
      status: done ? 'completed' : 'open',
      due_at: dueAt,
      assigned_to_id: e.caseManagerId,
      source: 'manual',
      source_result_id: null,
      created_by_id: e.caseManagerId,
      created_at: createdAt,
      updated_at: completedAt ?? createdAt,
      completed_at: completedAt,
      completed_by_id: done ? e.caseManagerId : null,
      outcome: done ? 'Done.' : null,
    });
  }
}
