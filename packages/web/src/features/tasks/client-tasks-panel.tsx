import { Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewTaskModal } from './new-task-modal.js';
import { useClientTasks } from './task-queries.js';
import { TaskListPanel } from './task-list-panel.js';

/** The chart's "Tasks" tab: this client's open tasks, whoever has them, and a new one. */
export function ClientTasksPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const tasks = useClientTasks(clientId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('tasks.clientTitle')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('tasks.new')}</Button>
      </Group>
      <TaskListPanel query={tasks} label={t('tasks.clientTitle')} empty={t('tasks.emptyClient')} showClient={false} />
      <NewTaskModal opened={creating} onClose={() => setCreating(false)} clientId={clientId} />
    </Stack>
  );
}
