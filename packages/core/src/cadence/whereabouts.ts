import { z } from 'zod';

/** Where the client is: away in hospital or jail, contact happens as in-reach (visits there). */
export const WhereaboutsList = ['community', 'hospital', 'jail'] as const;
export type Whereabouts = (typeof WhereaboutsList)[number];

export function isAway(whereabouts: Whereabouts): boolean {
  switch (whereabouts) {
    case 'community':
      return false;
    case 'hospital':
    case 'jail':
      return true;
  }
}

/** `PUT /api/episodes/:id/whereabouts`; `since` defaults to now and may not be in the future. */
export const whereaboutsBody = z.object({
  whereabouts: z.enum(WhereaboutsList),
  since: z.iso.datetime({ offset: true, message: 'Use an ISO date-time, e.g. 2026-03-01T14:30:00Z.' }).optional(),
  version: z.number().int().positive().optional(),
});
export type WhereaboutsBody = z.infer<typeof whereaboutsBody>;
