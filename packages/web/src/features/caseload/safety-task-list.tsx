import type { SafetyView } from '@careloop/core';
import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNow } from '../../lib/use-now.js';
import { DueCell, PersonCells, PersonHead, SafetyList } from './safety-parts.js';

type SafetyTask = SafetyView['overdueSafetyTasks'][number];

/**
 * Safety tasks past their clock, or with nobody's name on them. An unowned one opens on its task
 * page, where the supervisor assigns it (the same form as everywhere else).
 */
export function SafetyTaskList({
  kind,
  items,
  timeZone,
}: {
  kind: 'overdue' | 'unowned';
  items: readonly SafetyTask[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const unowned = kind === 'unowned';
  return (
    <SafetyList
      title={t(unowned ? 'safety.unownedTitle' : 'safety.overdueTitle')}
      empty={t(unowned ? 'safety.unownedEmpty' : 'safety.overdueEmpty')}
      count={items.length}
      minWidth={900}
      head={
        <>
          <PersonHead />
          <Table.Th>{t('safety.task')}</Table.Th>
          <Table.Th>{unowned ? t('safety.caseManager') : t('safety.owner')}</Table.Th>
          <Table.Th>{t('safety.due')}</Table.Th>
          {unowned && <Table.Th>{t('safety.actions')}</Table.Th>}
        </>
      }
    >
      {items.map((task) => {
        const what = t(`risk.taskKinds.${task.kind}`);
        return (
          <Table.Tr key={task.taskId}>
            <PersonCells p={task} />
            <Table.Td>{what}</Table.Td>
            <Table.Td>
              {unowned
                ? (task.primaryCaseManagerName ?? t('safety.noPrimary'))
                : (task.assignedToName ?? t('safety.noOwner'))}
            </Table.Td>
            <Table.Td>
              <DueCell dueAt={task.dueAt} overdue={task.overdue} now={now} timeZone={timeZone} />
            </Table.Td>
            {unowned && (
              <Table.Td>
                <Button
                  size="xs"
                  component={Link}
                  to={`/tasks/${task.taskId}`}
                  aria-label={t('safety.openTaskOf', { task: what, who: task.name })}
                >
                  {t('safety.openTask')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        );
      })}
    </SafetyList>
  );
}
