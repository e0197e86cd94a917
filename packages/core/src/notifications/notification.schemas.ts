import { z } from 'zod';

/**
 * What a notification is about. Reminders (due today, overdue, co-sign, alert, escalation) come
 * from the reminder sweep; the rest are sent in the transaction of the event that caused them.
 */
export const NotificationKinds = [
  'due_today',
  'overdue',
  'cosign_request',
  'alert',
  'escalation',
  'new_referral',
  'task_assigned',
  'handoff_request',
  'closure_signoff',
  'sign_in_failures',
  /** To the privacy officers: a staff member's searches look like a walk through the registry. */
  'search_enumeration_suspected',
  /** A care team changed (member added or ended, primary transferred, moved): to its primary and supervisors. */
  'care_team_change',
  /** An admin raised their own roles or staffed themself: to the other admins, or the privacy officer. */
  'admin_change',
  /** The receiving provider answered a referral through its link: to the referrer and the primary. */
  'referral_answer',
  /** Someone recorded how a client who moved on is doing: to the sending team (post-transition communication). */
  'transition_check_in',
] as const;
export type NotificationKind = (typeof NotificationKinds)[number];

/** The record a notification points at; the page opens it through the API, with the access check. */
export const NotificationEntityTypes = [
  'care_task',
  'note',
  'client_flag',
  'intake',
  'episode',
  'user',
  'admin_change',
  'referral',
] as const;
export type NotificationEntityType = (typeof NotificationEntityTypes)[number];

/** Ids, codes and counts only: never a name or free text (no PHI stored in a notification). */
export const notificationParams = z.object({
  taskKind: z.string().optional(),
  flagKind: z.string().optional(),
  dueAt: z.string().optional(),
  urgency: z.string().optional(),
  /** escalation: why this person hears of it (supervisor | on_call); sign_in_failures: owner | admin. */
  as: z.string().optional(),
  /** search_enumeration_suspected: which pattern (alphabet_walk, misses, ...). */
  signal: z.string().optional(),
  /** care_team_change: member_added | member_ended | transfer | move; admin_change: its kind. */
  change: z.string().optional(),
  /** admin_change: pending (approve it) | applied (one admin: applied, the privacy officer is told) | approved | rejected. */
  status: z.string().optional(),
});
export type NotificationParams = z.infer<typeof notificationParams>;

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.enum(NotificationKinds),
  clientId: z.uuid().nullable(),
  entityType: z.enum(NotificationEntityTypes).nullable(),
  entityId: z.uuid().nullable(),
  params: notificationParams,
  /** The client named for the reader, only when the reader may open the chart (resolved at read). */
  client: z.object({ name: z.string(), mrn: z.string() }).nullable(),
  /** A referral named for the intake team (reference and the person's name), resolved at read. */
  intake: z.object({ reference: z.string(), name: z.string(), urgency: z.string() }).nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

/** `?unread` (bare, or `=true`) lists unread ones only. */
export const notificationListQuery = z.object({
  unread: z
    .enum(['', 'true', 'false'])
    .optional()
    .transform((v) => v === '' || v === 'true'),
  limit: z.coerce.number().int().min(0).max(100).default(50),
});

export const notificationListResponse = z.object({
  items: z.array(notificationView),
  unreadCount: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponse>;
