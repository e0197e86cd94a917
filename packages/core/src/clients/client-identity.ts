import { z } from 'zod';

/**
 * Who a record is about, for the staff who must know whom (audit reviewers, duplicate review).
 * Read at display time only: audit rows keep client ids, never names.
 */
export const clientIdentity = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
});
export type ClientIdentity = z.infer<typeof clientIdentity>;
