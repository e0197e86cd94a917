import type { NotificationKind, NotificationView } from '@careloop/core';
import { Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconCalendarDue,
  IconClipboardCheck,
  IconClockExclamation,
  IconInbox,
  IconLock,
  IconSend,
  IconShieldLock,
  IconSignature,
  IconShieldSearch,
  IconUrgent,
  IconUserOff,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { useMarkRead } from './notification-queries.js';
import { notificationTarget } from './notification-target.js';
import { isUrgentNotification, notificationHeadline, notificationSubject } from './notification-text.js';

const ICONS: Record<NotificationKind, Icon> = {
  due_today: IconCalendarDue,
  overdue: IconClockExclamation,
  cosign_request: IconSignature,
  alert: IconAlertTriangle,
  escalation: IconUrgent,
  new_referral: IconInbox,
  task_assigned: IconClipboardCheck,
  handoff_request: IconArrowsExchange,
  closure_signoff: IconUserOff,
  sign_in_failures: IconLock,
  search_enumeration_suspected: IconShieldSearch,
  care_team_change: IconUsersGroup,
  admin_change: IconShieldLock,
  referral_answer: IconSend,
  transition_check_in: IconArrowsExchange,
};

const RED = 'var(--mantine-color-red-9)';

/** Notifications, newest first; choosing one marks it read and opens what it is about. */
export function NotificationList({ items, onOpen }: { items: readonly NotificationView[]; onOpen?: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  if (items.length === 0) return <Text size="sm">{t('notifications.none')}</Text>;
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((n) => {
        const Icon = ICONS[n.kind];
        const unread = n.readAt === null;
        const urgent = isUrgentNotification(n);
        const subject = notificationSubject(n, t);
        return (
          <li key={n.id}>
            <UnstyledButton
              w="100%"
              p="xs"
              data-urgent={urgent || undefined}
              style={{
                borderRadius: 4,
                background: unread ? 'var(--mantine-color-blue-0)' : undefined,
                // The colour repeats what the words say ("Overdue", "emergent"): never the only cue.
                borderLeft: `4px solid ${urgent ? RED : 'transparent'}`,
              }}
              onClick={() => {
                if (unread) markRead.mutate(n.id);
                onOpen?.();
                void navigate(notificationTarget(n));
              }}
            >
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Icon size={20} aria-hidden="true" color={urgent ? RED : undefined} style={{ flexShrink: 0 }} />
                <Stack gap={0}>
                  <Text size="sm" fw={unread ? 700 : 400} c={urgent ? 'red.9' : undefined}>
                    {notificationHeadline(n, t)}
                    {unread && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
                  </Text>
                  {subject && <Text size="sm">{subject}</Text>}
                  <Text size="xs" c="gray.7">
                    {formatDateTime(n.createdAt, timeZone)}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
