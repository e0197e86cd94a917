import type { TaskListItem } from '@careloop/core';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assigneeText, DueText, PriorityBadge } from './task-badges.js';
import { taskLabel } from './task-model.js';

interface TaskTableProps {
  label: string;
  items: readonly TaskListItem[];
  now: number;
  timeZone: string;
  /** The chart already says whose tasks these are. */
  showClient?: boolean;
  onComplete: (task: TaskListItem) => void;
  onReassign: (task: TaskListItem) => void;
}

/** Open tasks as the server ordered them (overdue first); late rows carry a red edge and say so. */
export function TaskTable({ label, items, now, timeZone, showClient = true, onComplete, onReassign }: TaskTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={showClient ? 860 : 700}>
      <Table aria-label={label} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.columns.task')}</Table.Th>
            {showClient && <Table.Th>{t('tasks.columns.client')}</Table.Th>}
            <Table.Th>{t('tasks.columns.priority')}</Table.Th>
            <Table.Th>{t('tasks.columns.due')}</Table.Th>
            <Table.Th>{t('tasks.columns.assignee')}</Table.Th>
            <Table.Th>{t('tasks.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((task) => (
            <Table.Tr
              key={task.id}
              data-overdue={task.overdue || undefined}
              style={task.overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-9)' } : undefined}
            >
              <Table.Td>
                <Anchor component={Link} to={`/tasks/${task.id}`} fw={500}>
                  {taskLabel(task, t)}
                </Anchor>
                {task.recurrenceDays && (
                  <Text size="xs" c="gray.7">
                    {t('tasks.repeats', { count: task.recurrenceDays })}
                  </Text>
                )}
              </Table.Td>
              {showClient && (
                <Table.Td>
                  {task.client && task.clientId ? (
                    <Stack gap={0}>
                      <Anchor component={Link} to={`/clients/${task.clientId}`} size="sm">
                        {task.client.name}
                      </Anchor>
                      <Text size="xs" c="gray.7">
                        {t('tasks.mrn', { mrn: task.client.mrn })}
                      </Text>
                    </Stack>
                  ) : task.clientId ? (
                    <Text size="sm" c="red.9">
                      {t('tasks.noAccessClient')}
                    </Text>
                  ) : (
                    <Text size="sm">{t('app.none')}</Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <PriorityBadge priority={task.priority} />
              </Table.Td>
              <Table.Td>
                <DueText task={task} now={now} timeZone={timeZone} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{assigneeText(task, t)}</Text>
                {task.coveringFor && (
                  <Badge size="sm" color="indigo.9" tt="none">
                    {t('caseload.coveringFor', { name: task.coveringFor })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-md"
                    onClick={() => onComplete(task)}
                    aria-label={t('tasks.completeNamed', { task: taskLabel(task, t) })}
                  >
                    {t('tasks.complete')}
                  </Button>
                  <Button
                    size="compact-md"
                    variant="default"
                    onClick={() => onReassign(task)}
                    aria-label={t('tasks.reassignNamed', { task: taskLabel(task, t) })}
                  >
                    {t('tasks.reassign')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
