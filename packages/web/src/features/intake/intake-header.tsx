import type { IntakeView } from '@careloop/core';
import { Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { DueText, UrgencyBadge } from './intake-badges.js';
import { useNow } from '../../lib/use-now.js';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Reference, urgency, the two timeliness targets and where the intake stands. */
export function IntakeHeader({ intake, tz }: { intake: IntakeView; tz: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label={t('intake.headerLabel')}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={1}>
          {t('intake.detailTitle')} {intake.reference}: {intake.firstName} {intake.lastName}
        </Title>
        <Group gap="xs">
          <UrgencyBadge urgency={intake.urgency} />
          <Text size="sm" fw={600}>
            {t(`intake.statuses.${intake.status}`)}
          </Text>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Item label={t('intake.received')}>
          {formatDateTime(intake.receivedAt, tz)} · {t(`intake.sources.${intake.source}`)}
        </Item>
        <Item label={t('intake.initialDue')}>
          {formatDateTime(intake.dueAt, tz)} <DueText intake={intake} now={now} />
        </Item>
        <Item label={t('intake.comprehensiveDue')}>{formatDateTime(intake.comprehensiveDueAt, tz)}</Item>
        <Item label={t('intake.firstContact')}>
          {intake.firstContactAt ? formatDateTime(intake.firstContactAt, tz) : t('intake.noFirstContact')}
        </Item>
        <Item label={t('intake.assigned')}>{intake.assignedToName ?? t('intake.unassigned')}</Item>
        {intake.programName && <Item label={t('intake.program')}>{intake.programName}</Item>}
      </SimpleGrid>
    </Paper>
  );
}
