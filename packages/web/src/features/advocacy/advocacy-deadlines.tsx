import type { AdvocacyCaseView, UpdateAdvocacyCaseBody } from '@careloop/core';
import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { addDeadline, deadlineColor, deadlineState, markDeadlineMet, type DeadlineState } from './advocacy-model.js';

interface Props {
  c: AdvocacyCaseView;
  today: string;
  save: (body: UpdateAdvocacyCaseBody) => void;
  saving: boolean;
  fields: Record<string, string>;
}

function StateText({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'met'
      ? t('advocacy.met')
      : state.kind === 'overdue'
        ? t('advocacy.overdueBy', { count: state.days })
        : state.kind === 'today'
          ? t('advocacy.dueToday')
          : t('advocacy.dueIn', { count: state.days });
  return (
    <Text size="sm" c={deadlineColor(state)} fw={state.kind === 'later' || state.kind === 'met' ? 400 : 700}>
      {text}
    </Text>
  );
}

/** The case's deadlines: how near each is, mark one met, add one (a task opens 7 days before). */
export function AdvocacyDeadlines({ c, today, save, saving, fields }: Props) {
  const { t } = useTranslation();
  const [what, setWhat] = useState('');
  const [dueDate, setDueDate] = useState('');
  const open = c.status === 'open';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(addDeadline(c, what, dueDate));
    setWhat('');
    setDueDate('');
  };
  const index = c.deadlines.length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="advocacy-deadlines">
      <Title order={3} size="h4" id="advocacy-deadlines">
        {t('advocacy.deadlines')}
      </Title>
      {c.deadlines.length === 0 ? (
        <Text size="sm">{t('advocacy.noDeadline')}</Text>
      ) : (
        <Table aria-labelledby="advocacy-deadlines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('advocacy.deadlineWhat')}</Table.Th>
              <Table.Th>{t('advocacy.deadlineDate')}</Table.Th>
              <Table.Th>{t('advocacy.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.deadlines.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.what}</Table.Td>
                <Table.Td>{formatDate(d.dueDate)}</Table.Td>
                <Table.Td>
                  <StateText state={deadlineState(d, today)} />
                </Table.Td>
                <Table.Td>
                  {open && !d.met && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={saving}
                      onClick={() => save(markDeadlineMet(c, d.id))}
                      aria-label={`${t('advocacy.markMet')}: ${d.what}`}
                    >
                      {t('advocacy.markMet')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('advocacy.deadlineWhat')}
              value={what}
              onChange={(e) => setWhat(e.currentTarget.value)}
              error={fields[`deadlines.${index}.what`]}
            />
            <TextInput
              type="date"
              label={t('advocacy.deadlineDate')}
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={fields[`deadlines.${index}.dueDate`]}
            />
            <Button type="submit" variant="default" loading={saving}>
              {t('advocacy.addDeadline')}
            </Button>
          </Group>
          <Text size="xs" c="gray.7" mt={4}>
            {t('advocacy.deadlineHint')}
          </Text>
        </form>
      )}
    </Stack>
  );
}
