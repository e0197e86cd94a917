import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotificationList } from './notification-list.js';
import { useMarkAllRead, useNotifications } from './notification-queries.js';

/** The header bell: how many unread, and the latest ones a click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  const location = useLocation();
  const list = useNotifications('bell');
  const markAll = useMarkAllRead();
  const unread = list.data?.unreadCount ?? 0;
  // New reminders show up as the user moves around (see useNotifications on why not a timer).
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  }, [location.pathname, queryClient]);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="lg"
          onClick={() => setOpened((o) => !o)}
          aria-label={t('notifications.bellLabel', { count: unread })}
        >
          <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red.9" disabled={unread === 0} offset={2}>
            <IconBell size={22} aria-hidden="true" />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t('notifications.title')}>
        <Group justify="space-between" mb="xs">
          <Text fw={700}>{t('notifications.title')}</Text>
          <Button size="compact-sm" variant="subtle" disabled={unread === 0} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={360}>
          <NotificationList items={list.data?.items ?? []} onOpen={() => setOpened(false)} />
        </ScrollArea.Autosize>
        <Divider my="xs" />
        <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
          {t('notifications.openCenter')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
