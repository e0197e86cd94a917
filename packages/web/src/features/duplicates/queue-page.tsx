import { endpoints, type EndpointOutput } from '@careloop/core';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { clientName } from '../../lib/client-name.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClientIdentityText } from '../../components/client-identity-text.js';

/** One side of a suspected duplicate pair, as the queue lists it. */
type QueueClient = EndpointOutput<typeof endpoints.clients.duplicateQueue>['items'][number]['a'];

function Who({ c }: { c: QueueClient }) {
  const { t } = useTranslation();
  return (
    <>
      {c.lastName}, {c.firstName} · {formatDate(c.dateOfBirth)} · {t('clients.mrn')} {c.mrn}
    </>
  );
}

export function DuplicateQueuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const queue = useQuery({
    queryKey: ['dup-queue'],
    queryFn: () => call(endpoints.clients.duplicateQueue),
  });
  const merges = useQuery({ queryKey: ['merges'], queryFn: () => call(endpoints.clients.merges) });
  const undo = useMutation({
    mutationFn: (id: string) => call(endpoints.clients.undoMerge, { params: { id } }),
    onSuccess: async () => {
      notify(t('duplicates.undone'));
      await queryClient.invalidateQueries({ queryKey: ['merges'] });
      await queryClient.invalidateQueries({ queryKey: ['dup-queue'] });
    },
  });

  return (
    <Stack>
      <Title order={1}>{t('duplicates.queueTitle')}</Title>
      <ApiErrorAlert error={queue.error ?? undo.error} />
      {queue.data?.items.length === 0 && <Text>{t('duplicates.queueEmpty')}</Text>}
      {!!queue.data?.items.length && (
        <Table.ScrollContainer minWidth={700}>
          <Table>
            <Table.Tbody>
              {queue.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm">
                      <Who c={p.a} />
                    </Text>
                    <Text size="sm">
                      <Who c={p.b} />
                    </Text>
                    <Text size="xs" c="gray.7">
                      {p.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="gray.8">
                      {t(`duplicates.source.${p.source}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t('duplicates.score', { score: Math.round(p.score * 100) })}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      component={Link}
                      to={`/admin/duplicates/compare?a=${p.a.id}&b=${p.b.id}&pair=${p.id}&v=${p.version}`}
                      aria-label={`${t('duplicates.review')}: ${p.a.lastName} / ${p.b.lastName}`}
                    >
                      {t('duplicates.review')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3" mt="lg">
        {t('duplicates.merges')}
      </Title>
      {merges.data?.items.map((m) => (
        <Group
          key={m.id}
          justify="space-between"
          component="article"
          aria-label={t('duplicates.mergeOf', { name: clientName(m.survivor) })}
        >
          <Stack gap={2}>
            <Text size="sm">
              {formatDateTime(m.mergedAt, me?.organization.timeZone ?? 'UTC')} ·{' '}
              {t('duplicates.moved', { count: Object.values(m.moved).reduce((a, b) => a + b, 0) })}
            </Text>
            <Text size="sm" component="div">
              {t('duplicates.kept')} <ClientIdentityText client={m.survivor} />
            </Text>
            <Text size="sm" component="div">
              {t('duplicates.mergedAway')} <ClientIdentityText client={m.merged} />
            </Text>
          </Stack>
          {m.undoneAt ? (
            <Badge color="gray.7" variant="filled">
              {t('duplicates.undone')}
            </Badge>
          ) : (
            <Button size="xs" variant="default" onClick={() => undo.mutate(m.id)} loading={undo.isPending}>
              {t('duplicates.undo')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
