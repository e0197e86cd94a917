import type { DischargeFollowUp, FollowUpStatus } from '@careloop/core';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';

/** Mantine's green.9 under white text falls short of 4.5:1; this green passes. */
const MET_GREEN = '#1b5e20';

export function statusColor(status: FollowUpStatus): string {
  switch (status) {
    case 'met':
      return MET_GREEN;
    case 'due':
      return 'blue.9';
    case 'missed':
      return 'red.9';
  }
}

export function StatusBadge({ label, status }: { label?: string; status: FollowUpStatus }) {
  const { t } = useTranslation();
  const text = t(`hospital.statuses.${status}`);
  return (
    <Badge color={statusColor(status)} tt="none" autoContrast>
      {label ? `${label}: ${text}` : text}
    </Badge>
  );
}

/** The follow-up of one psychiatric discharge: the 72-hour contact, the 7- and 30-day windows, FUH. */
export function FollowUpBadges({ followUp }: { followUp: DischargeFollowUp }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={followUp.contactDone ? MET_GREEN : 'gray.7'} tt="none" autoContrast>
        {`${t('hospital.contact72')}: ${followUp.contactDone ? t('hospital.done') : t('hospital.notYet')}`}
      </Badge>
      <StatusBadge label={t('hospital.day7')} status={followUp.status7} />
      <StatusBadge label={t('hospital.day30')} status={followUp.status30} />
      {followUp.escalatedAt && (
        <Badge color="red.9" tt="none" autoContrast>
          {t('hospital.escalated')}
        </Badge>
      )}
      <Text size="xs" c="gray.7">
        {t('hospital.day7')} {t('hospital.dueBy', { date: formatDate(followUp.day7Due) })} · {t('hospital.day30')}{' '}
        {t('hospital.dueBy', { date: formatDate(followUp.day30Due) })} ·{' '}
        {followUp.fuh.inDenominator ? t('hospital.fuhCounted') : t('hospital.fuhNotCounted')}
      </Text>
    </Group>
  );
}
