import { endpoints, type AddToCareTeam, type TaskListItem } from '@careloop/core';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { AssigneeSelect } from './assignee-select.js';
import { CareTeamJoinFields, useCareTeamJoin } from './care-team-join.js';
import { assignmentBody, parseAssignment, taskLabel } from './task-model.js';
import { useTaskAction } from './use-task-action.js';

/** Hand a task to a colleague or to a program's team. */
export function ReassignTaskModal({ task, onClose }: { task: TaskListItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [to, setTo] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const join = useCareTeamJoin();
  const close = () => {
    setTo(null);
    setMissing(false);
    join.reset();
    assign.reset();
    onClose();
  };
  const assign = useTaskAction(
    task?.clientId,
    (body: { id: string; to: string; version: number; addToCareTeam?: AddToCareTeam }) => {
      const choice = parseAssignment(body.to);
      return call(endpoints.tasks.assign, {
        params: { id: body.id },
        body: {
          ...(choice ? assignmentBody(choice, me?.id ?? '') : {}),
          ...(body.addToCareTeam ? { addToCareTeam: body.addToCareTeam } : {}),
          version: body.version,
        },
      });
    },
    { success: () => t('tasks.reassigned'), onDone: close },
  );
  const fields = fieldsOf(assign.error);
  // Asked once the server said the chosen person cannot open the chart; kept while they stay chosen.
  const [joinAsked, setJoinAsked] = useState<string | null>(null);
  if (fields.addToCareTeam && joinAsked !== fields.addToCareTeam) setJoinAsked(fields.addToCareTeam);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!to);
    const joining = join.value(joinAsked !== null);
    if (task && to && joining.ok) {
      assign.mutate({ id: task.id, to, version: task.version, addToCareTeam: joining.addToCareTeam });
    }
  };
  return (
    <Modal
      opened={task !== null}
      onClose={close}
      title={task ? t('tasks.reassignTitle', { task: taskLabel(task, t) }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {assign.error && !Object.keys(fields).length && <ApiErrorAlert error={assign.error} />}
          <AssigneeSelect
            value={to}
            onChange={(v) => {
              setTo(v);
              setJoinAsked(null);
            }}
            meId={me?.id ?? ''}
            error={
              fields.assignedToId ?? fields.assignedProgramId ?? (missing && !to ? t('tasks.pickAssignee') : undefined)
            }
          />
          {joinAsked && <CareTeamJoinFields {...join.fieldsProps} message={joinAsked} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('tasks.reassign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
