import { endpoints, type TaskDetailView } from '@careloop/core';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { taskLabel } from './task-model.js';
import { useTaskAction } from './use-task-action.js';

/** Close a task that is no longer needed; the reason stays with it. */
export function CancelTaskModal({ task, onClose }: { task: TaskDetailView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    cancel.reset();
    onClose();
  };
  const cancel = useTaskAction(
    task?.clientId,
    (body: { id: string; reason: string; version: number }) =>
      call(endpoints.tasks.cancel, {
        params: { id: body.id },
        body: { reason: body.reason, version: body.version },
      }),
    { success: () => t('tasks.cancelled'), onDone: close },
  );
  const fields = fieldsOf(cancel.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (task) cancel.mutate({ id: task.id, reason, version: task.version });
  };
  return (
    <Modal
      opened={task !== null}
      onClose={close}
      title={task ? t('tasks.cancelTitle', { task: taskLabel(task, t) }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {cancel.error && !Object.keys(fields).length && <ApiErrorAlert error={cancel.error} />}
          <Textarea
            label={t('tasks.fields.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.reason}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('tasks.keepOpen')}
            </Button>
            <Button type="submit" color="red.9" loading={cancel.isPending}>
              {t('tasks.cancelTask')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
