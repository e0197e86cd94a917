import { endpoints, type TaskDetailView } from '@careloop/core';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useTaskAction } from './use-task-action.js';

/** Comments on a task, oldest first, and a box to add one (comments are never edited). */
export function TaskComments({ task, timeZone }: { task: TaskDetailView; timeZone: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = useTaskAction(
    task.clientId,
    (body: { text: string }) => call(endpoints.tasks.comment, { params: { id: task.id }, body }),
    { onDone: () => setText('') },
  );
  const fields = fieldsOf(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ text });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="task-comments-title">
      <Title order={2} size="h3" id="task-comments-title">
        {t('tasks.comments.title')}
      </Title>
      {task.comments.length === 0 && <Text size="sm">{t('tasks.comments.none')}</Text>}
      {task.comments.map((c) => (
        <Paper key={c.id} withBorder p="sm">
          <Text size="xs" c="gray.7">
            {t('tasks.comments.by', {
              name: c.authorName ?? t('app.none'),
              date: formatDateTime(c.createdAt, timeZone),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
        </Paper>
      ))}
      <form noValidate onSubmit={submit}>
        <Stack gap="xs">
          {add.error && !Object.keys(fields).length && <ApiErrorAlert error={add.error} />}
          <Textarea
            label={t('tasks.comments.add')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
            error={fields.text}
          />
          <Group>
            <Button type="submit" variant="default" loading={add.isPending}>
              {t('tasks.comments.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
