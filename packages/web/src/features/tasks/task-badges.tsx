import type { TaskListItem, TaskPriority } from '@careloop/core';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { overdueBy } from '../../lib/relative-time.js';
import { PRIORITY_STYLE } from './task-model.js';

export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  const style = PRIORITY_STYLE[priority];
  return (
    <Badge color={style.color} variant={style.variant}>
      {t(`risk.priorities.${priority}`)}
    </Badge>
  );
}

/** The due time, and for a late task a red marker that says so in words (not colour alone). */
export function DueText({ task, now, timeZone }: { task: TaskListItem; now: number; timeZone: string }) {
  const { t } = useTranslation();
  const late = task.status === 'open' ? overdueBy(task.dueAt, now) : null;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDateTime(task.dueAt, timeZone)}</Text>
      {late && (
        <Group gap={4} wrap="nowrap">
          <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden="true" />
          <Text size="sm" fw={700} c="red.9">
            {t(`risk.tasks.overdue${late.unit === 'minutes' ? 'Minutes' : late.unit === 'hours' ? 'Hours' : 'Days'}`, {
              count: late.count,
            })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** Who has it: a named colleague, or a program's team. */
export function assigneeText(task: TaskListItem, t: TFunction): string {
  if (task.assignedProgramName) return t('tasks.teamOf', { program: task.assignedProgramName });
  return task.assignedToName ?? t('risk.tasks.unassigned');
}
