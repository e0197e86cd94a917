import { authorize, type Actor } from '../access/policy.js';

/** Create, change, verify, deactivate and import directory entries: admins and directory editors. */
export const canEditDirectory = (actor: Actor): boolean => authorize(actor, 'directory.edit').allowed;

/** The directory holds no client data: every signed-in staff member with a role may search and read it. */
export const canReadDirectory = (actor: Actor): boolean => authorize(actor, 'directory.read').allowed;
