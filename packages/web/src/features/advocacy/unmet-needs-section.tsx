import type { UnmetNeedStatus, UnmetNeedView } from '@careloop/core';
import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { notify } from '../../components/notify.js';
import { useSession } from '../../lib/session.js';
import { formatDueDate } from '../../lib/format-date.js';
import { useUnmetNeeds, useUpdateUnmetNeed } from './advocacy-queries.js';
import { UnmetNeedDialog } from './unmet-need-dialog.js';

const STATUS_COLOR: Record<UnmetNeedStatus, string> = { open: 'blue.9', met: 'green.9', withdrawn: 'gray.7' };

/** The chart's unmet needs: record one, see them, mark them met or withdrawn. */
export function UnmetNeedsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const needs = useUnmetNeeds(clientId);
  const update = useUpdateUnmetNeed(clientId);
  const [recording, setRecording] = useState(false);
  const setStatus = (n: UnmetNeedView, status: UnmetNeedStatus) =>
    update.mutate(
      { id: n.id, body: { status, version: n.version } },
      { onSuccess: () => notify(t('unmetNeeds.updated')) },
    );
  return (
    <Stack component="section" aria-labelledby="unmet-needs-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="unmet-needs-title">
          {t('unmetNeeds.title')}
        </Title>
        <Button variant="default" onClick={() => setRecording(true)}>
          {t('unmetNeeds.record')}
        </Button>
      </Group>
      <Text size="sm" c="gray.7">
        {t('unmetNeeds.hint')}
      </Text>
      <ApiErrorAlert error={needs.error ?? update.error} />
      {needs.isLoading && <PageLoader />}
      {needs.data && needs.data.items.length === 0 && <Text>{t('unmetNeeds.empty')}</Text>}
      {needs.data && needs.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-labelledby="unmet-needs-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('unmetNeeds.category')}</Table.Th>
                <Table.Th>{t('unmetNeeds.reason')}</Table.Th>
                <Table.Th>{t('unmetNeeds.note')}</Table.Th>
                <Table.Th>{t('unmetNeeds.recordedAt')}</Table.Th>
                <Table.Th>{t('unmetNeeds.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('unmetNeeds.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.data.items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>{t(`carePlan.categories.${n.category}`)}</Table.Td>
                  <Table.Td>
                    {t(`unmetNeeds.reasons.${n.reason}`)}
                    {n.serviceName && (
                      <Text size="xs" c="gray.7">
                        {n.serviceName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{n.resolutionNote ?? n.note ?? '—'}</Table.Td>
                  <Table.Td>{formatDueDate(n.recordedAt, timeZone)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[n.status]} tt="none" autoContrast>
                      {t(`unmetNeeds.statuses.${n.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {n.status === 'open' && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setStatus(n, 'met')}
                          loading={update.isPending}
                        >
                          {t('unmetNeeds.markMet')}
                        </Button>
                        <Button size="xs" variant="subtle" onClick={() => setStatus(n, 'withdrawn')}>
                          {t('unmetNeeds.withdraw')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <UnmetNeedDialog clientId={clientId} opened={recording} onClose={() => setRecording(false)} />
    </Stack>
  );
}
