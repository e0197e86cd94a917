import { endpoints } from '@careloop/core';
import { Center, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useStaff } from '../episodes/care-queries.js';
import { ApprovalQueueTable } from '../care-plan/approval-queue-table.js';
import { BulkReassignForm } from './bulk-reassign-form.js';
import { DisengagedTable } from './disengaged-table.js';
import { SafetySection } from './safety-section.js';
import { StaffLoadTable } from './staff-load-table.js';
import { OverdueContactsTable, OverdueIntakesTable, OverdueReviewsTable, WaitlistTable } from './supervision-lists.js';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The supervisor's view: safety first, then who carries how much, who is overdue, what waits. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const data = useQuery({
    queryKey: ['supervision'],
    queryFn: () => call(endpoints.caseload.supervision),
  });
  const staff = useStaff();
  return (
    <Stack gap="xl">
      <Title order={1}>{t('supervision.title')}</Title>
      <ApiErrorAlert error={data.error ?? staff.error} />
      {data.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {data.data && (
        <>
          {/* Safety first: who may come to harm matters before who carries how much. */}
          <SafetySection safety={data.data.safety} timeZone={timeZone} />
          <Section title={t('supervision.loadTitle')}>
            <StaffLoadTable staff={data.data.staff} />
          </Section>
          <Section title={t('supervision.overdueTitle')}>
            <OverdueContactsTable items={data.data.overdueContacts} timeZone={timeZone} />
          </Section>
          <Section title={t('engagement.table.title')}>
            <DisengagedTable items={data.data.disengaged} timeZone={timeZone} />
          </Section>
          <Section title={t('planApproval.queueTitle')}>
            <ApprovalQueueTable timeZone={timeZone} />
          </Section>
          <Section title={t('planReview.supervision.title')}>
            <OverdueReviewsTable items={data.data.overdueReviews} timeZone={timeZone} />
          </Section>
          <Section title={t('supervision.intakesTitle')}>
            <OverdueIntakesTable items={data.data.overdueIntakes} timeZone={timeZone} />
          </Section>
          <Section title={t('supervision.waitlistTitle')}>
            <WaitlistTable items={data.data.waitlist} timeZone={timeZone} />
          </Section>
        </>
      )}
      {staff.data && <BulkReassignForm staff={staff.data.items} />}
    </Stack>
  );
}
