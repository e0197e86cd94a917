import { CLIENT_CARE_ROLES, endpoints } from '@careloop/core';
import { Alert, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { careStaffOptions, useStaff } from '../episodes/care-queries.js';
import { CaseloadFilterBar } from './caseload-filters.js';
import {
  filterCaseload,
  isOverdue,
  nextSort,
  NO_FILTERS,
  sortCaseload,
  type CaseloadFilters,
  type SortState,
} from './caseload-model.js';
import { CaseloadTable } from './caseload-table.js';

/** The case manager's home page: their clients, what is due, one click to the chart. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const careRole = hasRole(...CLIENT_CARE_ROLES);
  const supervisor = hasRole('supervisor');
  // Supervisors may look at a colleague's caseload (an id in the URL, never a name); none means "mine".
  const [params, setParams] = useSearchParams();
  const staffId = supervisor ? params.get('staff') : null;
  const [filters, setFilters] = useState<CaseloadFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>({ key: 'nextContact', direction: 'ascending' });
  const staff = useStaff(supervisor);
  const caseload = useQuery({
    queryKey: ['caseload', staffId ?? 'me'],
    queryFn: () => call(endpoints.caseload.caseload, { query: { staffId: staffId || undefined } }),
    enabled: careRole,
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => caseload.data?.items ?? [], [caseload.data]);
  const shown = useMemo(() => sortCaseload(filterCaseload(items, filters), sort), [items, filters, sort]);

  if (!careRole) {
    return (
      <Stack>
        <Title order={1}>{t('caseload.title')}</Title>
        <Text>{t('caseload.noCareRole')}</Text>
      </Stack>
    );
  }
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const viewingOther = !!staffId && staffId !== me?.id && !!caseload.data;
  const overdueCount = items.filter(isOverdue).length;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>
          {viewingOther ? t('caseload.titleOf', { name: caseload.data.staffName }) : t('caseload.title')}
        </Title>
        {supervisor && (
          <Select
            label={t('caseload.viewStaff')}
            data={careStaffOptions(staff.data?.items ?? [])}
            value={staffId ?? me?.id ?? null}
            onChange={(v) => {
              setParams(v && v !== me?.id ? { staff: v } : {});
              setFilters(NO_FILTERS);
            }}
            searchable
            allowDeselect={false}
            w={260}
          />
        )}
      </Group>
      <ApiErrorAlert error={caseload.error ?? staff.error} />
      {caseload.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {caseload.data && items.length === 0 && <Alert color="blue">{t('caseload.empty')}</Alert>}
      {caseload.data && items.length > 0 && (
        <>
          <Group gap="lg" aria-live="polite">
            <Text fw={700}>{t('caseload.summaryClients', { count: items.length })}</Text>
            <Text fw={700} c={overdueCount > 0 ? 'red.9' : undefined}>
              {t('caseload.summaryOverdue', { count: overdueCount })}
            </Text>
            {shown.length !== items.length && (
              <Text size="sm">{t('caseload.showing', { shown: shown.length, total: items.length })}</Text>
            )}
          </Group>
          <CaseloadFilterBar items={items} value={filters} onChange={setFilters} />
          {shown.length === 0 ? (
            <Text>{t('caseload.noMatch')}</Text>
          ) : (
            <CaseloadTable
              items={shown}
              sort={sort}
              onSort={(key) => setSort((s) => nextSort(s, key))}
              timeZone={timeZone}
            />
          )}
        </>
      )}
    </Stack>
  );
}
