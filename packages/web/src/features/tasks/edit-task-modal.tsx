import { endpoints, TaskPriorities, type TaskDetailView, type TaskPriority } from '@careloop/core';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fromWallTime, toWallTime } from '../../lib/wall-time.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useTaskAction } from './use-task-action.js';

/** Change what, when or how urgent; a colleague's change in between is shown, not overwritten. */
export function EditTaskModal({ task, onClose }: { task: TaskDetailView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={task !== null}
      onClose={onClose}
      title={t('tasks.editTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      size="lg"
    >
      {task && <EditTaskForm task={task} onClose={onClose} />}
    </Modal>
  );
}

function EditTaskForm({ task, onClose }: { task: TaskDetailView; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [title, setTitle] = useState(task.title ?? '');
  const [details, setDetails] = useState(task.details ?? '');
  const [due, setDue] = useState(() => toWallTime(Date.parse(task.dueAt), timeZone));
  const [priority, setPriority] = useState<TaskPriority>(task.priority);
  const save = useTaskAction(
    task.clientId,
    (body: CallBody<typeof endpoints.tasks.update>) => call(endpoints.tasks.update, { params: { id: task.id }, body }),
    { success: () => t('tasks.saved'), onDone: onClose },
  );
  const fields = fieldsOf(save.error);
  const conflict = save.error instanceof ApiError && save.error.code === 'version_conflict';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      // A rule-raised task keeps its name from its kind unless someone gives it a title.
      ...(task.title !== null || title.trim() ? { title } : {}),
      details: details.trim() ? details : null,
      dueAt: fromWallTime(due, timeZone) ?? due,
      priority,
      version: task.version,
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert">
            {t('tasks.conflict')}
          </Alert>
        )}
        {save.error && !conflict && !Object.keys(fields).length && <ApiErrorAlert error={save.error} />}
        <TextInput
          label={t('tasks.fields.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={200}
          error={fields.title}
          data-autofocus
        />
        <Textarea
          label={t('tasks.fields.details')}
          value={details}
          onChange={(e) => setDetails(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
          error={fields.details}
        />
        <TextInput
          label={t('tasks.fields.dueAt')}
          description={t('tasks.fields.dueAtHint', { zone: timeZone })}
          type="datetime-local"
          value={due}
          onChange={(e) => setDue(e.currentTarget.value)}
          error={fields.dueAt}
        />
        <NativeSelect
          label={t('tasks.fields.priority')}
          value={priority}
          onChange={(e) => setPriority(e.currentTarget.value as TaskPriority)}
          data={TaskPriorities.map((p) => ({ value: p, label: t(`risk.priorities.${p}`) }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={conflict}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
