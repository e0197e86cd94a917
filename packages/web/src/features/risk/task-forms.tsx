import type { CareTaskView } from '@careloop/core';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { careStaffOptions, useStaff } from '../episodes/care-queries.js';
import { fieldsOf, useRiskAction } from './use-risk-action.js';

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
  const close = () => {
    setTo(null);
    setMissing(false);
    assign.reset();
    onClose();
  };
  const assign = useRiskAction(
    task?.clientId ?? '',
    (body: { id: string; assignedToId: string; version: number }) =>
      api<CareTaskView[]>(`/api/tasks/${body.id}/assign`, {
        method: 'POST',
        body: { assignedToId: body.assignedToId, version: body.version },
      }),
    {
      success: () => t('risk.tasks.handedOff', { name: options.find((o) => o.value === to)?.label ?? '' }),
      onDone: close,
    },
  );
  const fields = fieldsOf(assign.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!to);
    if (task && to) assign.mutate({ id: task.id, assignedToId: to, version: task.version });
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
            onChange={setTo}
            searchable
            required
            // Someone who cannot open the chart is refused with an `addToCareTeam` field error: show it here.
            error={
              fields.assignedToId ?? fields.addToCareTeam ?? (missing && !to ? t('risk.tasks.pickStaff') : undefined)
            }
          />
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
      api<CareTaskView[]>(`/api/tasks/${body.id}/complete`, {
        method: 'POST',
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
