import { endpoints, TaskPriorities, type TaskDetailView, type TaskPriority } from '@careloop/core';
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fromWallTime, toWallTime } from '../../lib/wall-time.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { AssigneeSelect } from './assignee-select.js';
import { CareTeamJoinFields, useCareTeamJoin } from './care-team-join.js';
import { assignmentBody, parseAssignment } from './task-model.js';
import { useTaskAction } from './use-task-action.js';

interface NewTaskModalProps {
  opened: boolean;
  onClose: () => void;
  /** From a chart: the task is about this client. */
  clientId?: string;
  onCreated?: (task: TaskDetailView) => void;
}

const DAY = 86_400_000;

/** A hand-made task: what, by when, how urgent, for whom (me, a colleague or a team), repeating or not. */
export function NewTaskModal({ opened, onClose, clientId, onCreated }: NewTaskModalProps) {
  const { t } = useTranslation();
  // The form mounts with the dialog, so every opening starts from a blank form.
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={clientId ? t('tasks.newForClient') : t('tasks.new')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      size="lg"
    >
      <NewTaskForm clientId={clientId} onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function NewTaskForm({ onClose, clientId, onCreated }: Omit<NewTaskModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const priorityLabel = useId();
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const [due, setDue] = useState(() => toWallTime(Date.now() + DAY, timeZone));
  const [priority, setPriority] = useState<TaskPriority>('routine');
  const [assignee, setAssignee] = useState<string | null>('me');
  const [repeat, setRepeat] = useState<number | string>('');
  const create = useTaskAction(
    clientId,
    (body: CallBody<typeof endpoints.tasks.create>) => call(endpoints.tasks.create, { body }),
    {
      success: () => t('tasks.created'),
      onDone: (task) => {
        onClose();
        onCreated?.(task);
      },
    },
  );
  const fields = fieldsOf(create.error);
  const join = useCareTeamJoin();
  const [joinAsked, setJoinAsked] = useState<string | null>(null);
  if (fields.addToCareTeam && joinAsked !== fields.addToCareTeam) setJoinAsked(fields.addToCareTeam);
  const dueAt = fromWallTime(due, timeZone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const choice = parseAssignment(assignee) ?? { kind: 'me' as const };
    const joining = join.value(joinAsked !== null);
    if (!joining.ok) return;
    create.mutate({
      ...(joining.addToCareTeam ? { addToCareTeam: joining.addToCareTeam } : {}),
      title,
      details: details.trim() ? details : null,
      // An unreadable date goes to the server as is, which names the field.
      dueAt: dueAt ?? due,
      priority,
      ...(clientId ? { clientId } : {}),
      ...assignmentBody(choice, me?.id ?? ''),
      recurrenceDays: typeof repeat === 'number' ? repeat : null,
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {create.error && !Object.keys(fields).length && <ApiErrorAlert error={create.error} />}
        <TextInput
          label={t('tasks.fields.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
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
          required
          error={fields.dueAt}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={priorityLabel}>
            {t('tasks.fields.priority')}
          </Text>
          <SegmentedControl
            aria-labelledby={priorityLabel}
            value={priority}
            onChange={setPriority}
            data={TaskPriorities.map((p) => ({ value: p, label: t(`risk.priorities.${p}`) }))}
            fullWidth
            size="md"
          />
        </Stack>
        <AssigneeSelect
          value={assignee}
          onChange={(v) => {
            setAssignee(v);
            setJoinAsked(null);
          }}
          includeMe
          meId={me?.id ?? ''}
          error={fields.assignedToId ?? fields.assignedProgramId}
        />
        {joinAsked && <CareTeamJoinFields {...join.fieldsProps} message={joinAsked} />}
        <NumberInput
          label={t('tasks.fields.repeat')}
          description={t('tasks.fields.repeatHint')}
          value={repeat}
          onChange={setRepeat}
          min={1}
          max={366}
          allowDecimal={false}
          error={fields.recurrenceDays}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('tasks.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
