import { CLIENT_CARE_ROLES, TaskLists, type TaskList } from '@careloop/core';
import { Badge, Button, Group, Stack, Tabs, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../lib/session.js';
import { NewTaskModal } from './new-task-modal.js';
import { useTaskList } from './task-queries.js';
import { TaskListPanel } from './task-list-panel.js';

function TabLabel({ list }: { list: TaskList }) {
  const { t } = useTranslation();
  const data = useTaskList(list).data;
  return (
    <Group gap={6} wrap="nowrap">
      {t(`tasks.lists.${list}`)}
      {data && data.overdueCount > 0 && (
        <Badge color="red.9" size="sm">
          {data.overdueCount}
          <VisuallyHidden>{t('tasks.overdueSuffix')}</VisuallyHidden>
        </Badge>
      )}
    </Group>
  );
}

/** "My tasks" and "Team tasks": open work, overdue first. */
export function TasksPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const careRole = hasRole(...CLIENT_CARE_ROLES);
  const [params, setParams] = useSearchParams();
  const tab: TaskList = params.get('list') === 'team' ? 'team' : 'mine';
  const [creating, setCreating] = useState(false);
  // Everyone has their own list (a directory editor's verification tasks); team work is care staff's.
  const mine = useTaskList('mine');
  const team = useTaskList('team', careRole);
  if (!careRole) {
    return (
      <Stack>
        <Title order={1}>{t('tasks.title')}</Title>
        <TaskListPanel query={mine} label={t('tasks.lists.mine')} empty={t('tasks.emptyMine')} />
      </Stack>
    );
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('tasks.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('tasks.new')}</Button>
      </Group>
      <Tabs value={tab} onChange={(v) => setParams(v === 'team' ? { list: 'team' } : {})} keepMounted={false}>
        <Tabs.List>
          {TaskLists.map((list) => (
            <Tabs.Tab key={list} value={list}>
              <TabLabel list={list} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <TaskListPanel query={mine} label={t('tasks.lists.mine')} empty={t('tasks.emptyMine')} />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TaskListPanel query={team} label={t('tasks.lists.team')} empty={t('tasks.emptyTeam')} />
        </Tabs.Panel>
      </Tabs>
      <NewTaskModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
