import type { NeedsAssessmentView } from '@careloop/core';
import { Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { NeedsForm } from './needs-form.js';
import { sortAssessments } from './needs-model.js';
import { useNeedsAssessments } from './needs-queries.js';
import { domainLabel, NeedsView } from './needs-view.js';

type Mode = { kind: 'list' } | { kind: 'edit'; id: string | null } | { kind: 'view'; id: string };

function ActionableText({ view }: { view: NeedsAssessmentView }) {
  const { t } = useTranslation();
  if (view.actionable.length === 0) return <>{t('needs.noneActionable')}</>;
  return (
    <>
      {view.actionable
        .map(
          (d) => `${domainLabel(d)} (${view.domains[d]?.rating === 3 ? t('needs.urgent') : t('needs.actionNeeded')})`,
        )
        .join(', ')}
    </>
  );
}

/** Past needs assessments, the form to start or continue one, and a completed one read-only. */
export function NeedsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const needs = useNeedsAssessments(clientId);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const items = sortAssessments(needs.data?.items ?? []);
  const shown = mode.kind === 'view' ? items.find((i) => i.id === mode.id) : undefined;
  const editing = mode.kind === 'edit' ? (items.find((i) => i.id === mode.id) ?? null) : null;

  // Focus follows the work: to the signed assessment after completing, back to the list after closing.
  useEffect(() => {
    if (mode.kind === 'view' && shown) viewHeading.current?.focus();
  }, [mode, shown]);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('needs.title')}</Title>
        {mode.kind !== 'edit' && (
          <Button ref={startButton} onClick={() => setMode({ kind: 'edit', id: null })}>
            {t('needs.start')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={needs.error} />
      {needs.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {needs.data && items.length === 0 && <Text size="sm">{t('needs.none')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('needs.listLabel')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.date')}</Table.Th>
                <Table.Th>{t('needs.status')}</Table.Th>
                <Table.Th>{t('needs.actionable')}</Table.Th>
                <Table.Th>{t('risk.tasks.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.completedAt ?? a.updatedAt, timeZone)}</Table.Td>
                  <Table.Td>{t(`needs.statuses.${a.status}`)}</Table.Td>
                  <Table.Td>
                    <ActionableText view={a} />
                  </Table.Td>
                  <Table.Td>
                    {a.status === 'completed' ? (
                      <Button size="xs" variant="default" onClick={() => setMode({ kind: 'view', id: a.id })}>
                        {t('needs.open')}
                      </Button>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => setMode({ kind: 'edit', id: a.id })}>
                        {t('needs.continue')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mode.kind === 'edit' && (
        <NeedsForm
          key={mode.id ?? 'new'}
          clientId={clientId}
          existing={editing}
          onClose={() => {
            setMode({ kind: 'list' });
            requestAnimationFrame(() => startButton.current?.focus());
          }}
          onCompleted={(view) => setMode({ kind: 'view', id: view.id })}
        />
      )}
      {shown && (
        <>
          <NeedsView view={shown} headingRef={viewHeading} />
          <Group>
            <Button variant="subtle" onClick={() => setMode({ kind: 'list' })}>
              {t('needs.hide')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
