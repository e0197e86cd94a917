import { endpoints } from '@careloop/core';
import { Anchor, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useToday } from '../advocacy/advocacy-queries.js';
import { defaultPeriod, unmetNeedsCsvHref, type ReportPeriod } from './report-model.js';
import { UnmetNeedsChart } from './unmet-needs-chart.js';
import { UnmetNeedsTable } from './unmet-needs-table.js';

/** Reports for supervisors and admins; the first is unmet needs by category (counts, no names). */
export function ReportsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const [period, setPeriod] = useState<ReportPeriod>(() => defaultPeriod(today));
  const [draft, setDraft] = useState(period);
  const report = useQuery({
    queryKey: ['reports', 'unmet-needs', period],
    queryFn: () =>
      call(endpoints.unmetNeeds.report, {
        query: { from: period.from, to: period.to, ...(period.programId ? { programId: period.programId } : {}) },
      }),
  });
  const fields = fieldsOf(report.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft);
  };
  const data = report.data;
  return (
    <Stack>
      <Title order={1}>{t('reports.title')}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="unmet-needs-report">
        <Stack>
          <Title order={2} size="h3" id="unmet-needs-report">
            {t('reports.unmetNeeds')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('reports.unmetNeedsHint')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Group align="flex-end">
              <TextInput
                type="date"
                label={t('reports.from')}
                value={draft.from}
                onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
                error={fields.from}
              />
              <TextInput
                type="date"
                label={t('reports.to')}
                value={draft.to}
                onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
                error={fields.to}
              />
              <Select
                label={t('reports.program')}
                placeholder={t('reports.allPrograms')}
                data={(data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={draft.programId}
                onChange={(v) => setDraft({ ...draft, programId: v })}
                clearable
              />
              <Button type="submit">{t('reports.apply')}</Button>
              <Anchor href={unmetNeedsCsvHref(period)} download>
                <Group gap={4} component="span">
                  <IconDownload size={16} aria-hidden />
                  {t('reports.download')}
                </Group>
              </Anchor>
            </Group>
          </form>
          <ApiErrorAlert error={report.error} />
          {report.isLoading && <PageLoader />}
          {data && data.categories.length === 0 && <Text>{t('reports.empty')}</Text>}
          {data && data.categories.length > 0 && (
            <>
              <UnmetNeedsChart lines={data.categories} />
              <UnmetNeedsTable report={data} />
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
