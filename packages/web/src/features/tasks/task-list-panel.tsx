import type { TaskListItem, TaskListResponse } from '@careloop/core';
import { Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useNow } from '../../lib/use-now.js';
import { CompleteTaskModal } from './complete-task-modal.js';
import { ReassignTaskModal } from './reassign-task-modal.js';
import { TaskTable } from './task-table.js';

interface TaskListPanelProps {
  query: UseQueryResult<TaskListResponse>;
  label: string;
  empty: string;
  showClient?: boolean;
}

/** A task list with its loading, error and empty states, and the complete / reassign dialogs. */
export function TaskListPanel({ query, label, empty, showClient }: TaskListPanelProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const now = useNow();
  const [completing, setCompleting] = useState<TaskListItem | null>(null);
  const [reassigning, setReassigning] = useState<TaskListItem | null>(null);
  const items = query.data?.items ?? [];
  return (
    <Stack gap="xs">
      <ApiErrorAlert error={query.error} />
      {query.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {query.data && items.length === 0 && <Text>{empty}</Text>}
      {items.length > 0 && (
        <TaskTable
          label={label}
          items={items}
          now={now}
          timeZone={me?.organization.timeZone ?? 'UTC'}
          showClient={showClient}
          onComplete={setCompleting}
          onReassign={setReassigning}
        />
      )}
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
      <ReassignTaskModal task={reassigning} onClose={() => setReassigning(null)} />
    </Stack>
  );
}
