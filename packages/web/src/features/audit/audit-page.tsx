import { AUDIT_OUTCOME_LIST, endpoints, type AuditEventView } from '@careloop/core';
import { Badge, Button, Group, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call, type CallQuery } from '../../lib/endpoint-api.js';
import { endOfDayIn, formatDateTime, startOfDayIn } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuditClientCell, AuditDetailsCell, AuditEntityCell } from './audit-cells.js';

interface Filters {
  action: string;
  outcome: string | null;
  from: string;
  to: string;
  clientId: string;
  actorUserId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idOrEmpty = (v: string) => (UUID.test(v.trim()) ? v.trim() : '');

/** The filters as the audit query; an empty filter is left out. */
function auditQuery(f: Filters, before: number | null, timeZone: string): CallQuery<typeof endpoints.audit.search> {
  return {
    limit: 50,
    action: f.action.trim() || undefined,
    clientId: idOrEmpty(f.clientId) || undefined,
    actorUserId: idOrEmpty(f.actorUserId) || undefined,
    outcome: AUDIT_OUTCOME_LIST.find((o) => o === f.outcome),
    from: f.from ? startOfDayIn(f.from, timeZone) : undefined,
    to: f.to ? endOfDayIn(f.to, timeZone) : undefined,
    before: before || undefined,
  };
}

// With autoContrast: white text on teal and red, dark text on orange (white on orange.9 is only 4.3:1).
const outcomeColor: Record<AuditEventView['outcome'], string> = {
  success: 'teal.9',
  failure: 'orange.5',
  denied: 'red.9',
};

export function AuditPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const tz = me?.organization.timeZone ?? 'UTC';
  // A notification may open this page on one staff member's searches: ids and codes only in the URL.
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Filters>({
    action: params.get('action') ?? '',
    outcome: null,
    from: '',
    to: '',
    clientId: '',
    actorUserId: idOrEmpty(params.get('actor') ?? ''),
  });
  const [filters, setFilters] = useState<Filters>(draft);
  const events = useInfiniteQuery({
    queryKey: ['audit', filters, tz],
    queryFn: ({ pageParam }) => call(endpoints.audit.search, { query: auditQuery(filters, pageParam, tz) }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Title order={1} mb="md">
        {t('audit.title')}
      </Title>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <Group align="flex-end" mb="md" wrap="wrap">
          <TextInput
            label={t('audit.action')}
            placeholder="auth.login"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
          />
          <Select
            label={t('audit.outcome')}
            placeholder={t('audit.any')}
            data={(['success', 'failure', 'denied'] as const).map((o) => ({
              value: o,
              label: t(`audit.outcomes.${o}`),
            }))}
            value={draft.outcome}
            onChange={(v) => setDraft({ ...draft, outcome: v })}
            clearable
          />
          <TextInput
            label={t('audit.from')}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            label={t('audit.to')}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <TextInput
            label={t('audit.clientId')}
            description={t('audit.clientIdHint')}
            value={draft.clientId}
            onChange={(e) => setDraft({ ...draft, clientId: e.currentTarget.value })}
            error={draft.clientId.trim() && !idOrEmpty(draft.clientId) ? t('audit.invalidId') : undefined}
            w={320}
          />
          <TextInput
            label={t('audit.actorId')}
            value={draft.actorUserId}
            onChange={(e) => setDraft({ ...draft, actorUserId: e.currentTarget.value })}
            error={draft.actorUserId.trim() && !idOrEmpty(draft.actorUserId) ? t('audit.invalidId') : undefined}
            w={320}
          />
          <Button type="submit">{t('audit.search')}</Button>
        </Group>
      </form>
      <ApiErrorAlert error={events.error} />
      <Table.ScrollContainer
        minWidth={1100}
        // Focusable, so a keyboard can scroll the wide table (rows may hold no button to tab to).
        scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('audit.title') } }}
      >
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.time')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.outcome')}</Table.Th>
              <Table.Th>{t('audit.entity')}</Table.Th>
              <Table.Th>{t('audit.client')}</Table.Th>
              <Table.Th>{t('audit.details')}</Table.Th>
              <Table.Th>{t('audit.ip')}</Table.Th>
              <Table.Th>{t('audit.sealed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.occurredAt, tz)}</Table.Td>
                <Table.Td>
                  {e.actorName ?? t('app.none')}
                  {e.actorRoles.length > 0 && (
                    <Text size="xs" c="gray.7">
                      {e.actorRoles.map((r) => t(`roles.${r}`)).join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <code>{e.action}</code>
                </Table.Td>
                <Table.Td>
                  {/* max-content: a squeezed column must not cut the outcome to "SUCC…" */}
                  <Badge color={outcomeColor[e.outcome]} variant="filled" miw="max-content" autoContrast>
                    {t(`audit.outcomes.${e.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <AuditEntityCell event={e} />
                </Table.Td>
                <Table.Td>
                  <AuditClientCell event={e} />
                </Table.Td>
                <Table.Td>
                  <AuditDetailsCell event={e} />
                </Table.Td>
                <Table.Td>{e.ip ?? t('app.none')}</Table.Td>
                <Table.Td>{e.sealed ? '✓' : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!events.isLoading && rows.length === 0 && <Text mt="md">{t('audit.empty')}</Text>}
      {events.hasNextPage && (
        <Button
          mt="md"
          variant="default"
          onClick={() => void events.fetchNextPage()}
          loading={events.isFetchingNextPage}
        >
          {t('audit.loadMore')}
        </Button>
      )}
    </>
  );
}
