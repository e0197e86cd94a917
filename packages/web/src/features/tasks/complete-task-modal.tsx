import { endpoints, type TaskListItem } from '@careloop/core';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { taskLabel } from './task-model.js';
import { useTaskAction } from './use-task-action.js';

/** Close a task with what was done; a recurring task opens its next occurrence. */
export function CompleteTaskModal({ task, onClose }: { task: TaskListItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const close = () => {
    setOutcome('');
    complete.reset();
    onClose();
  };
  const complete = useTaskAction(
    task?.clientId,
    (body: { id: string; outcome: string; version: number }) =>
      call(endpoints.tasks.complete, {
        params: { id: body.id },
        body: { outcome: body.outcome, version: body.version },
      }),
    { success: () => (task?.recurrenceDays ? t('tasks.doneNext') : t('tasks.done')), onDone: close },
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
      title={task ? t('tasks.completeTitle', { task: taskLabel(task, t) }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {complete.error && !Object.keys(fields).length && <ApiErrorAlert error={complete.error} />}
          <Textarea
            label={t('tasks.fields.outcome')}
            description={t('tasks.fields.outcomeHint')}
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
              {t('tasks.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
