import type { CareTaskView } from '@careloop/core';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { useNow } from '../../lib/use-now.js';
import { overdueBy } from '../../lib/relative-time.js';
import { taskWorkLink } from '../tasks/task-model.js';
import { HandOffModal, MarkDoneModal } from './task-forms.js';

function DueCell({ task, now, timeZone }: { task: CareTaskView; now: number; timeZone: string }) {
  const { t } = useTranslation();
  const late = overdueBy(task.dueAt, now);
  return (
    <Stack gap={0}>
      <Text size="sm">{t('risk.tasks.dueAt', { date: formatDateTime(task.dueAt, timeZone) })}</Text>
      {late && (
        <Text size="sm" fw={700} c="red.9">
          {t(`risk.tasks.overdue${late.unit === 'minutes' ? 'Minutes' : late.unit === 'hours' ? 'Hours' : 'Days'}`, {
            count: late.count,
          })}
        </Text>
      )}
    </Stack>
  );
}

function PriorityBadge({ priority }: { priority: CareTaskView['priority'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={priority === 'urgent' ? 'red.9' : 'gray.7'} variant={priority === 'urgent' ? 'filled' : 'outline'}>
      {t(`risk.priorities.${priority}`)}
    </Badge>
  );
}

/** Work the safety rules created: who does it, by when, and what was done. */
/** The task's name; a task with a form of its own (a safety plan) links to it. */
function TaskName({ task }: { task: CareTaskView }) {
  const { t } = useTranslation();
  const name = task.title ?? t(`risk.taskKinds.${task.kind}`);
  const to = taskWorkLink(task);
  return to ? (
    <Anchor component={Link} to={to}>
      {name}
    </Anchor>
  ) : (
    name
  );
}

export function TasksSection({ tasks }: { tasks: readonly CareTaskView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const now = useNow();
  const [handOff, setHandOff] = useState<CareTaskView | null>(null);
  const [marking, setMarking] = useState<CareTaskView | null>(null);
  const open = tasks.filter((task) => task.status === 'open');
  const done = tasks.filter((task) => task.status === 'completed');
  return (
    <Stack gap="xs">
      <Title order={3}>{t('risk.tasks.title')}</Title>
      {open.length === 0 ? (
        <Text size="sm">{t('risk.tasks.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('risk.tasks.openLabel')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('risk.tasks.task')}</Table.Th>
                <Table.Th>{t('risk.tasks.priority')}</Table.Th>
                <Table.Th>{t('risk.tasks.due')}</Table.Th>
                <Table.Th>{t('risk.tasks.assignee')}</Table.Th>
                <Table.Th>{t('risk.tasks.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>
                    <TaskName task={task} />
                  </Table.Td>
                  <Table.Td>
                    <PriorityBadge priority={task.priority} />
                  </Table.Td>
                  <Table.Td>
                    <DueCell task={task} now={now} timeZone={timeZone} />
                  </Table.Td>
                  <Table.Td>{task.assignedToName ?? t('risk.tasks.unassigned')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setHandOff(task)}>
                        {t('risk.tasks.handOff')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setMarking(task)}>
                        {t('risk.tasks.markDone')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {done.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('risk.tasks.doneLabel')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('risk.tasks.task')}</Table.Th>
                <Table.Th>{t('risk.tasks.completed')}</Table.Th>
                <Table.Th>{t('risk.tasks.assignee')}</Table.Th>
                <Table.Th>{t('risk.tasks.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {done.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>{task.title ?? t(`risk.taskKinds.${task.kind}`)}</Table.Td>
                  <Table.Td>{formatDateTime(task.completedAt, timeZone)}</Table.Td>
                  <Table.Td>{task.assignedToName ?? t('risk.tasks.unassigned')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {task.outcome ?? t('app.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <HandOffModal task={handOff} onClose={() => setHandOff(null)} />
      <MarkDoneModal task={marking} onClose={() => setMarking(null)} />
    </Stack>
  );
}
