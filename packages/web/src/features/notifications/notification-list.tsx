import type { NotificationView } from '@careloop/core';
import { Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconClockExclamation, IconSignature } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format-date.js';
import { useSession } from '../../app/session.js';
import { useMarkRead } from './notification-queries.js';
import { notificationTarget } from './notification-target.js';

const ICONS = {
  due_today: IconCalendarDue,
  overdue: IconClockExclamation,
  cosign_request: IconSignature,
  alert: IconAlertTriangle,
} as const;

/** The line a notification reads as: its kind, and what it is about in codes (never client data). */
function describe(n: NotificationView, t: TFunction): string {
  const what = n.params.taskKind
    ? t(`risk.taskKinds.${n.params.taskKind}`)
    : n.params.flagKind
      ? t(`risk.flagKinds.${n.params.flagKind}`)
      : '';
  return t(`notifications.kinds.${n.kind}`, { what });
}

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
        return (
          <li key={n.id}>
            <UnstyledButton
              w="100%"
              p="xs"
              style={{ borderRadius: 4, background: unread ? 'var(--mantine-color-blue-0)' : undefined }}
              onClick={() => {
                if (unread) markRead.mutate(n.id);
                onOpen?.();
                void navigate(notificationTarget(n));
              }}
            >
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Icon
                  size={20}
                  aria-hidden="true"
                  color={n.kind === 'alert' || n.kind === 'overdue' ? 'var(--mantine-color-red-9)' : undefined}
                />
                <Stack gap={0}>
                  <Text size="sm" fw={unread ? 700 : 400}>
                    {describe(n, t)}
                    {unread && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
                  </Text>
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
