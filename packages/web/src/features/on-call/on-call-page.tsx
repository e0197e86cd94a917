import type { OnCallShiftView } from '@careloop/core';
import { Button, Card, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { CoverageSection } from '../coverage/coverage-section.js';
import { ClientFinder } from './client-finder.js';
import { useOnCallSchedule, useRemoveShift } from './on-call-queries.js';
import { ShiftForm } from './shift-form.js';

function ShiftTable({
  label,
  items,
  timeZone,
  canManage,
}: {
  label: string;
  items: OnCallShiftView[];
  timeZone: string;
  canManage: (programId: string) => boolean;
}) {
  const { t } = useTranslation();
  const remove = useRemoveShift();
  return (
    <Table aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('onCall.program')}</Table.Th>
          <Table.Th>{t('onCall.staff')}</Table.Th>
          <Table.Th>{t('onCall.startsAt')}</Table.Th>
          <Table.Th>{t('onCall.endsAt')}</Table.Th>
          <Table.Th>{t('onCall.note')}</Table.Th>
          <Table.Th>{t('onCall.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{s.programName}</Table.Td>
            <Table.Td>{s.userName}</Table.Td>
            <Table.Td>{formatDateTime(s.startsAt, timeZone)}</Table.Td>
            <Table.Td>{formatDateTime(s.endsAt, timeZone)}</Table.Td>
            <Table.Td>{s.note ?? ''}</Table.Td>
            <Table.Td>
              {canManage(s.programId) && (
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={remove.isPending && remove.variables === s.id}
                  aria-label={t('onCall.removeNamed', {
                    name: s.userName,
                    when: formatDateTime(s.startsAt, timeZone),
                  })}
                  onClick={() => remove.mutate(s.id, { onSuccess: () => notify(t('onCall.removed')) })}
                >
                  {t('onCall.remove')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Who is on call now and next, the schedule form for those who run it, the on-call client finder, coverage. */
export function OnCallPage() {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const schedule = useOnCallSchedule();
  const managed = new Set(schedule.data?.manageablePrograms.map((p) => p.id) ?? []);
  const now = schedule.data?.items.filter((s) => s.current) ?? [];
  const upcoming = schedule.data?.items.filter((s) => !s.current) ?? [];
  return (
    <Stack>
      <Title order={1}>{t('onCall.title')}</Title>
      <ApiErrorAlert error={schedule.error} />
      {schedule.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {schedule.data && (
        <>
          <Stack gap="xs" component="section" aria-labelledby="on-call-now">
            <Title order={2} id="on-call-now" size="h3">
              {t('onCall.nowTitle')}
            </Title>
            {now.length === 0 ? (
              <Text size="sm">{t('onCall.noneNow')}</Text>
            ) : (
              <ShiftTable
                label={t('onCall.nowTitle')}
                items={now}
                timeZone={timeZone}
                canManage={(p) => managed.has(p)}
              />
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="on-call-upcoming">
            <Title order={2} id="on-call-upcoming" size="h3">
              {t('onCall.upcomingTitle')}
            </Title>
            {upcoming.length === 0 ? (
              <Text size="sm">{t('onCall.noneUpcoming')}</Text>
            ) : (
              <ShiftTable
                label={t('onCall.upcomingTitle')}
                items={upcoming}
                timeZone={timeZone}
                canManage={(p) => managed.has(p)}
              />
            )}
          </Stack>
          {schedule.data.canManage && (
            <Card withBorder>
              <ShiftForm programs={schedule.data.manageablePrograms} timeZone={timeZone} />
            </Card>
          )}
        </>
      )}
      {hasRole('supervisor', 'case_manager', 'clinician', 'peer_specialist', 'intake_coordinator') && <ClientFinder />}
      <CoverageSection />
    </Stack>
  );
}
