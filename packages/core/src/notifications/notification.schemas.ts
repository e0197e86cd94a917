import { z } from 'zod';

/** What a notification is about. Each kind is raised by the reminder sweep, once (dedupe key). */
export const NotificationKinds = ['due_today', 'overdue', 'cosign_request', 'alert'] as const;
export type NotificationKind = (typeof NotificationKinds)[number];

/** The record a notification points at; the page opens it through the API, with the access check. */
export const NotificationEntityTypes = ['care_task', 'note', 'client_flag'] as const;
export type NotificationEntityType = (typeof NotificationEntityTypes)[number];

/** Ids, codes and counts only: never a name or free text (no PHI in a notification). */
export const notificationParams = z.object({
  taskKind: z.string().optional(),
  flagKind: z.string().optional(),
  dueAt: z.string().optional(),
});
export type NotificationParams = z.infer<typeof notificationParams>;

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.enum(NotificationKinds),
  clientId: z.uuid().nullable(),
  entityType: z.enum(NotificationEntityTypes).nullable(),
  entityId: z.uuid().nullable(),
  params: notificationParams,
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
