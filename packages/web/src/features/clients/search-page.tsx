import { endpoints, INTAKE_ROLES } from '@careloop/core';
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { formatDate } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

const PAGE = 20;

export function ClientSearchPage() {
  const { t } = useTranslation();
  // The query stays in the page and the request body, never in a URL: names are PHI.
  const [q, setQ] = useState('');
  // The intake roles search the whole organisation; others find anyone else by MRN or name + DOB.
  const orgWide = useSession().hasRole(...INTAKE_ROLES);
  const [limit, setLimit] = useState(PAGE);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const results = useQuery({
    queryKey: ['client-search', debounced, limit],
    queryFn: () => call(endpoints.clients.search, { body: { q: debounced, limit } }),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
  });
  const items = debounced.length >= 2 ? (results.data?.items ?? []) : [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('clients.title')}</Title>
        <Button component={Link} to="/clients/new">
          {t('clients.register')}
        </Button>
      </Group>
      <TextInput
        label={t('clients.searchLabel')}
        description={t(orgWide ? 'clients.searchHint' : 'clients.searchHintLimited')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setLimit(PAGE);
        }}
        type="search"
        autoComplete="off"
        size="md"
        autoFocus
      />
      <ApiErrorAlert error={results.error} />
      {debounced.length >= 2 && results.data && (
        <Text size="sm" aria-live="polite">
          {results.data.total === 0 ? t('clients.noResults') : t('clients.results', { count: results.data.total })}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.name')}</Table.Th>
                <Table.Th>{t('clients.dob')}</Table.Th>
                <Table.Th>{t('clients.mrn')}</Table.Th>
                <Table.Th>{t('clients.matchedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {/* Limited: not on the care team. Name, DOB and MRN still show so nobody registers a duplicate. */}
                    {c.access === 'limited' ? (
                      <>
                        <Text size="sm" span>
                          {c.lastName}, {c.firstName}
                        </Text>
                        <Text size="xs" c="gray.7">
                          {t('clientSearch.limited')}
                        </Text>
                      </>
                    ) : (
                      <Anchor component={Link} to={`/clients/${c.id}`}>
                        {c.lastName}, {c.firstName}
                        {c.preferredName ? ` (${c.preferredName})` : ''}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(c.dateOfBirth)}</Table.Td>
                  <Table.Td>{c.mrn}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.matchedOn.map((m) => (
                        <Badge key={m} variant="outline" color="gray.8" size="sm">
                          {t(`clients.matched.${m}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {results.data && results.data.total > items.length && (
        <Button variant="default" onClick={() => setLimit((l) => Math.min(l + PAGE, 50))} disabled={limit >= 50}>
          {t('clients.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
