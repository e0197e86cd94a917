import type { SafetyView } from '@careloop/core';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDueDate } from '../../lib/format-date.js';
import { TierBadge } from '../risk/tier-badge.js';
import { LostContactList } from './lost-contact-list.js';
import { SafetyTaskList } from './safety-task-list.js';
import { PersonCells, PersonHead, SafetyList } from './safety-parts.js';

function OpenFlags({ items, timeZone }: { items: SafetyView['openSuicideFlags']; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <SafetyList
      title={t('safety.flagsTitle')}
      empty={t('safety.flagsEmpty')}
      count={items.length}
      minWidth={860}
      head={
        <>
          <PersonHead />
          <Table.Th>{t('safety.caseManager')}</Table.Th>
          <Table.Th>{t('safety.flag')}</Table.Th>
          <Table.Th>{t('safety.raised')}</Table.Th>
          <Table.Th>{t('safety.lastRaised')}</Table.Th>
        </>
      }
    >
      {items.map((f) => (
        <Table.Tr key={f.flagId}>
          <PersonCells p={f} />
          <Table.Td>{f.primaryCaseManagerName ?? t('safety.noPrimary')}</Table.Td>
          <Table.Td>
            <Text size="sm" fw={700} c="red.9">
              {t(`risk.flagKinds.${f.kind}`)}
            </Text>
          </Table.Td>
          <Table.Td>{formatDateTime(f.raisedAt, timeZone)}</Table.Td>
          <Table.Td>{formatDateTime(f.lastRaisedAt, timeZone)}</Table.Td>
        </Table.Tr>
      ))}
    </SafetyList>
  );
}

function HighRiskPastContact({ items, timeZone }: { items: SafetyView['highRiskPastContact']; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <SafetyList
      title={t('safety.highRiskTitle')}
      empty={t('safety.highRiskEmpty')}
      count={items.length}
      minWidth={860}
      head={
        <>
          <PersonHead />
          <Table.Th>{t('safety.caseManager')}</Table.Th>
          <Table.Th>{t('safety.tier')}</Table.Th>
          <Table.Th>{t('safety.contactDue')}</Table.Th>
          <Table.Th>{t('safety.daysOverdue')}</Table.Th>
        </>
      }
    >
      {items.map((c) => (
        <Table.Tr key={c.episodeId}>
          <PersonCells p={c} />
          <Table.Td>{c.primaryCaseManagerName ?? t('safety.noPrimary')}</Table.Td>
          <Table.Td>
            <TierBadge tier={c.tier} withLabel={false} />
          </Table.Td>
          <Table.Td>{formatDueDate(c.nextContactDueAt, timeZone)}</Table.Td>
          <Table.Td>
            <Text size="sm" c="red.9" fw={700}>
              {t('care.overdueBy', { count: c.daysOverdue })}
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </SafetyList>
  );
}

/**
 * The supervisor's safety view, first on /supervision: suicide-risk flags still open, safety
 * tasks late or with nobody's name on them, high-risk clients past their contact window, and
 * closures as lost contact waiting for a sign-off. Each list says so in words when it is empty.
 */
export function SafetySection({ safety, timeZone }: { safety: SafetyView; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-labelledby="safety-title">
      <Title order={2} size="h3" id="safety-title">
        {t('safety.title')}
      </Title>
      <Text size="sm">{t('safety.intro')}</Text>
      <OpenFlags items={safety.openSuicideFlags} timeZone={timeZone} />
      <SafetyTaskList kind="overdue" items={safety.overdueSafetyTasks} timeZone={timeZone} />
      <SafetyTaskList kind="unowned" items={safety.unownedSafetyTasks} timeZone={timeZone} />
      <HighRiskPastContact items={safety.highRiskPastContact} timeZone={timeZone} />
      <LostContactList items={safety.lostContactAwaitingSignOff} timeZone={timeZone} />
    </Stack>
  );
}
