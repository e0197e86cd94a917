/** English strings for the header bell and the notification center. */
export const enNotifications = {
  notifications: {
    title: 'Notifications',
    bellLabel_zero: 'Notifications, none unread',
    bellLabel_one: 'Notifications, {{count}} unread',
    bellLabel_other: 'Notifications, {{count}} unread',
    none: 'No notifications.',
    unread: 'unread',
    unreadCount_zero: 'Everything is read.',
    unreadCount_one: '{{count}} unread',
    unreadCount_other: '{{count}} unread',
    markAllRead: 'Mark all read',
    openCenter: 'Open the notification center',
    kinds: {
      due_today: 'Due today: {{what}}',
      overdue: 'Overdue: {{what}}',
      cosign_request: 'A note is waiting for your co-sign',
      alert: 'New alert: {{what}}',
    },
  },
};
