import { Badge, Button, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { formatDate } from '../../lib/format-date.js';
import { AdvocacyCaseDetail } from './advocacy-case-detail.js';
import { AdvocacyCaseFormModal } from './advocacy-case-form.js';
import { deadlineColor, deadlineState } from './advocacy-model.js';
import { useAdvocacyCases, useToday } from './advocacy-queries.js';

/** The chart's advocacy cases: the list (open first, nearest deadline), a new case, one case's detail. */
export function AdvocacySection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const cases = useAdvocacyCases(clientId);
  const today = useToday();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId) return <AdvocacyCaseDetail id={openId} onBack={() => setOpenId(null)} />;
  return (
    <Stack component="section" aria-labelledby="advocacy-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="advocacy-title">
          {t('advocacy.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('advocacy.new')}</Button>
      </Group>
      <ApiErrorAlert error={cases.error} />
      {cases.isLoading && <PageLoader />}
      {cases.data && cases.data.items.length === 0 && <Text>{t('advocacy.empty')}</Text>}
      {cases.data && cases.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-labelledby="advocacy-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('advocacy.kind')}</Table.Th>
                <Table.Th>{t('advocacy.otherParty')}</Table.Th>
                <Table.Th>{t('advocacy.status')}</Table.Th>
                <Table.Th>{t('advocacy.nextDeadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setOpenId(c.id)}
                      c="blue.9"
                      td="underline"
                      aria-label={t('advocacy.view', {
                        name: `${t(`advocacy.kinds.${c.kind}`)}, ${c.otherParty.name}`,
                      })}
                    >
                      {t(`advocacy.kinds.${c.kind}`)}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{c.otherParty.name}</Table.Td>
                  <Table.Td>
                    <Badge color={c.status === 'open' ? 'blue.9' : 'gray.7'} tt="none" autoContrast>
                      {t(`advocacy.statuses.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.nextDeadline ? (
                      <Text size="sm" c={deadlineColor(deadlineState(c.nextDeadline, today))}>
                        {c.nextDeadline.what}, {formatDate(c.nextDeadline.dueDate)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AdvocacyCaseFormModal
        clientId={clientId}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setOpenId(c.id);
        }}
      />
    </Stack>
  );
}
