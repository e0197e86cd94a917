import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { NotificationList } from './notification-list.js';
import { useMarkAllRead, useNotifications } from './notification-queries.js';

/** The notification center: reminders, alerts, escalations, referrals, hand-offs and sign-offs, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications('all');
  const markAll = useMarkAllRead();
  const unread = list.data?.unreadCount ?? 0;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('notifications.title')}</Title>
        <Button variant="default" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Text size="sm">{t('notifications.unreadCount', { count: unread })}</Text>
      <ApiErrorAlert error={list.error ?? markAll.error} />
      {list.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {list.data && <NotificationList items={list.data.items} />}
    </Stack>
  );
}
