import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDate } from '../../lib/format-date.js';
import { useOnCallClients } from './on-call-queries.js';

/** Search the clients of the programs the worker is on call for now; each opens the crisis view. */
export function ClientFinder() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const hits = useOnCallClients(q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(text.trim());
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="finder-title">
      <Title order={2} id="finder-title" size="h3">
        {t('onCall.finderTitle')}
      </Title>
      <form onSubmit={submit} role="search" aria-label={t('onCall.finderTitle')}>
        <Group align="flex-end">
          <TextInput
            label={t('onCall.search')}
            description={t('onCall.finderHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit">{t('onCall.search')}</Button>
        </Group>
      </form>
      <ApiErrorAlert error={hits.error} />
      {hits.data && hits.data.items.length === 0 && <Text size="sm">{t('onCall.noHits')}</Text>}
      {hits.data && hits.data.items.length > 0 && (
        <Table aria-label={t('onCall.finderTitle')}>
          <Table.Tbody>
            {hits.data.items.map((c) => {
              const name = `${c.lastName}, ${c.firstName}`;
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {t('crisisView.mrn', { mrn: c.mrn })} · {t('onCall.born', { date: formatDate(c.dateOfBirth) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.programName}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/on-call/clients/${c.id}`}
                      aria-label={t('onCall.openNamed', { name })}
                    >
                      {t('onCall.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
