import type { TaskDetailView } from '@careloop/core';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useNow } from '../../lib/use-now.js';
import { CancelTaskModal } from './cancel-task-modal.js';
import { CompleteTaskModal } from './complete-task-modal.js';
import { EditTaskModal } from './edit-task-modal.js';
import { ReassignTaskModal } from './reassign-task-modal.js';
import { assigneeText, DueText, PriorityBadge } from './task-badges.js';
import { TaskComments } from './task-comments.js';
import { taskLabel, taskWorkLink } from './task-model.js';
import { useTask } from './task-queries.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function TaskFacts({ task, timeZone }: { task: TaskDetailView; timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Field label={t('tasks.columns.due')}>
        <DueText task={task} now={now} timeZone={timeZone} />
      </Field>
      <Field label={t('tasks.columns.priority')}>
        <PriorityBadge priority={task.priority} />
      </Field>
      <Field label={t('tasks.columns.assignee')}>
        <Text size="sm">{assigneeText(task, t)}</Text>
      </Field>
      <Field label={t('tasks.columns.client')}>
        {task.client && task.clientId ? (
          <Anchor component={Link} to={`/clients/${task.clientId}`} size="sm">
            {task.client.name} · {t('tasks.mrn', { mrn: task.client.mrn })}
          </Anchor>
        ) : (
          <Text size="sm">{t('app.none')}</Text>
        )}
      </Field>
      <Field label={t('tasks.fields.source')}>
        <Text size="sm">{t(`tasks.sources.${task.source}`)}</Text>
      </Field>
      <Field label={t('tasks.fields.createdBy')}>
        <Text size="sm">
          {t('tasks.createdOn', {
            name: task.createdByName ?? t('tasks.rule'),
            date: formatDateTime(task.createdAt, timeZone),
          })}
        </Text>
      </Field>
      {task.recurrenceDays && (
        <Field label={t('tasks.fields.repeat')}>
          <Text size="sm">{t('tasks.repeats', { count: task.recurrenceDays })}</Text>
        </Field>
      )}
      {task.status !== 'open' && (
        <Field label={t('tasks.fields.closed')}>
          <Text size="sm">
            {t('tasks.closedBy', {
              name: task.completedByName ?? t('tasks.rule'),
              date: formatDateTime(task.completedAt, timeZone),
            })}
          </Text>
        </Field>
      )}
    </SimpleGrid>
  );
}

/** One task: what, who, when, its comments, and what can be done with it. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const task = useTask(id);
  const [action, setAction] = useState<'complete' | 'reassign' | 'edit' | 'cancel' | null>(null);
  if (task.isLoading) {
    return (
      <Center>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (task.error instanceof ApiError && (task.error.status === 403 || task.error.status === 404)) {
    return (
      <Alert color="orange" role="alert" title={t('tasks.unavailableTitle')}>
        {t('tasks.unavailable')}
      </Alert>
    );
  }
  if (!task.data) return <ApiErrorAlert error={task.error} />;
  const data = task.data;
  const open = data.status === 'open';
  const workLink = taskWorkLink(data);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/tasks" size="sm">
        {t('tasks.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{taskLabel(data, t)}</Title>
          <Group gap="xs">
            <Badge color={open ? 'blue.9' : 'gray.7'} variant={open ? 'filled' : 'outline'}>
              {t(`tasks.statuses.${data.status}`)}
            </Badge>
          </Group>
        </Stack>
        {open && (
          <Group gap="xs">
            {workLink && (
              <Button component={Link} to={workLink}>
                {t('safetyPlan.openForm')}
              </Button>
            )}
            <Button variant={workLink ? 'default' : 'filled'} onClick={() => setAction('complete')}>
              {t('tasks.complete')}
            </Button>
            <Button variant="default" onClick={() => setAction('reassign')}>
              {t('tasks.reassign')}
            </Button>
            <Button variant="default" onClick={() => setAction('edit')}>
              {t('app.edit')}
            </Button>
            <Button variant="default" color="red.9" onClick={() => setAction('cancel')}>
              {t('tasks.cancelTask')}
            </Button>
          </Group>
        )}
      </Group>
      {data.details && <Text style={{ whiteSpace: 'pre-wrap' }}>{data.details}</Text>}
      <TaskFacts task={data} timeZone={timeZone} />
      {data.outcome && (
        <Field label={t('tasks.fields.outcome')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {data.outcome}
          </Text>
        </Field>
      )}
      <TaskComments task={data} timeZone={timeZone} />
      <CompleteTaskModal task={action === 'complete' ? data : null} onClose={() => setAction(null)} />
      <ReassignTaskModal task={action === 'reassign' ? data : null} onClose={() => setAction(null)} />
      <EditTaskModal task={action === 'edit' ? data : null} onClose={() => setAction(null)} />
      <CancelTaskModal task={action === 'cancel' ? data : null} onClose={() => setAction(null)} />
    </Stack>
  );
}
