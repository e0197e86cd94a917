import { endpoints, type AddToCareTeam, type CareTaskView } from '@careloop/core';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { careStaffOptions, useStaff } from '../episodes/care-queries.js';
import { CareTeamJoinFields, useCareTeamJoin } from '../tasks/care-team-join.js';
import { useRiskAction } from './use-risk-action.js';
import { fieldsOf } from '../../lib/field-errors.js';

interface TaskFormProps {
  task: CareTaskView | null;
  onClose: () => void;
}

/** Hand a task to a named colleague, e.g. the clinician who will give the C-SSRS. */
export function HandOffModal({ task, onClose }: TaskFormProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const staff = useStaff(task !== null);
  const options = careStaffOptions(staff.data?.items ?? []);
  const join = useCareTeamJoin();
  const [joinAsked, setJoinAsked] = useState<string | null>(null);
  const close = () => {
    setTo(null);
    setMissing(false);
    setJoinAsked(null);
    join.reset();
    assign.reset();
    onClose();
  };
  const assign = useRiskAction(
    task?.clientId ?? '',
    (body: { id: string; assignedToId: string; version: number; addToCareTeam?: AddToCareTeam }) =>
      call(endpoints.tasks.assign, {
        params: { id: body.id },
        body: {
          assignedToId: body.assignedToId,
          ...(body.addToCareTeam ? { addToCareTeam: body.addToCareTeam } : {}),
          version: body.version,
        },
      }),
    {
      success: () => t('risk.tasks.handedOff', { name: options.find((o) => o.value === to)?.label ?? '' }),
      onDone: close,
    },
  );
  const fields = fieldsOf(assign.error);
  if (fields.addToCareTeam && joinAsked !== fields.addToCareTeam) setJoinAsked(fields.addToCareTeam);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!to);
    const joining = join.value(joinAsked !== null);
    if (task && to && joining.ok) {
      assign.mutate({ id: task.id, assignedToId: to, version: task.version, addToCareTeam: joining.addToCareTeam });
    }
  };
  return (
    <Modal
      opened={task !== null}
      onClose={close}
      title={task ? t('risk.tasks.handOffTitle', { task: t(`risk.taskKinds.${task.kind}`) }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {assign.error && !Object.keys(fields).length && <ApiErrorAlert error={assign.error} />}
          <Select
            label={t('risk.tasks.handOffTo')}
            data={options}
            value={to}
            onChange={(v) => {
              setTo(v);
              setJoinAsked(null);
            }}
            searchable
            required
            allowDeselect={false}
            error={fields.assignedToId ?? (missing && !to ? t('risk.tasks.pickStaff') : undefined)}
          />
          {joinAsked && <CareTeamJoinFields {...join.fieldsProps} message={joinAsked} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('risk.tasks.handOffSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Close a task with what was done; the outcome is kept with it. */
export function MarkDoneModal({ task, onClose }: TaskFormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const close = () => {
    setOutcome('');
    complete.reset();
    onClose();
  };
  const complete = useRiskAction(
    task?.clientId ?? '',
    (body: { id: string; outcome: string; version: number }) =>
      call(endpoints.tasks.complete, {
        params: { id: body.id },
        body: { outcome: body.outcome, version: body.version },
      }),
    { success: () => t('risk.tasks.done'), onDone: close },
  );
  const fields = fieldsOf(complete.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (task) complete.mutate({ id: task.id, outcome, version: task.version });
  };
  return (
    <Modal
      opened={task !== null}
      onClose={close}
      title={task ? t('risk.tasks.markDoneTitle', { task: t(`risk.taskKinds.${task.kind}`) }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {complete.error && !Object.keys(fields).length && <ApiErrorAlert error={complete.error} />}
          <Textarea
            label={t('risk.tasks.outcomeLabel')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            error={fields.outcome}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={complete.isPending}>
              {t('risk.tasks.markDone')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
