import type { AdvocacyCaseView } from '@careloop/core';
import { Button, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { useAddAdvocacyStep } from './advocacy-queries.js';

/** What was done, in order (append-only), and a form for the next step. */
export function AdvocacySteps({ c, today }: { c: AdvocacyCaseView; today: string }) {
  const { t } = useTranslation();
  const add = useAddAdvocacyStep(c.clientId, c.id);
  const fields = fieldsOf(add.error);
  const [date, setDate] = useState(today);
  const [what, setWhat] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { date, what },
      {
        onSuccess: () => {
          notify(t('advocacy.stepRecorded'));
          setWhat('');
        },
      },
    );
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="advocacy-steps">
      <Title order={3} size="h4" id="advocacy-steps">
        {t('advocacy.steps')}
      </Title>
      {c.steps.length === 0 ? (
        <Text size="sm">{t('advocacy.noSteps')}</Text>
      ) : (
        <List spacing={4} aria-labelledby="advocacy-steps">
          {c.steps.map((s) => (
            <List.Item key={s.id}>
              <Text size="sm">
                <Text span fw={600}>
                  {formatDate(s.date)}
                </Text>{' '}
                {s.what}{' '}
                <Text span size="xs" c="gray.7">
                  ({t('advocacy.stepBy')} {s.byName ?? '—'})
                </Text>
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <ApiErrorAlert error={add.error} />
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('advocacy.stepDate')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fields.date}
          />
          <Textarea
            label={t('advocacy.stepWhat')}
            value={what}
            onChange={(e) => setWhat(e.currentTarget.value)}
            error={fields.what}
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('advocacy.addStep')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
