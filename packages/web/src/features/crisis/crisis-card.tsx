import { suggestsAdmission, type CrisisEventView } from '@careloop/core';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { ResolveCrisisModal } from './crisis-resolve.js';

export interface CrisisCardProps {
  crisis: CrisisEventView;
  timeZone: string;
  now: number;
  /** The hospitalization dialog (another feature); without it, a link to the chart's tab. */
  onRecordAdmission?: (crisis: CrisisEventView) => void;
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

/** One crisis: what happened and what was done; its follow-up; resolve it; record the admission. */
export function CrisisCard({ crisis, timeZone, now, onRecordAdmission }: CrisisCardProps) {
  const { t } = useTranslation();
  const [resolving, setResolving] = useState(false);
  const open = crisis.status === 'open';
  const headingId = `crisis-${crisis.id}`;
  const followUpLate = !crisis.followUpDoneAt && Date.parse(crisis.followUpDueAt) < now;
  const responders = [...crisis.responders.map((r) => r.name ?? t('crisis.unnamed')), crisis.otherResponders]
    .filter(Boolean)
    .join(', ');
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>
            {t('crisis.cardTitle', { date: formatDateTime(crisis.occurredAt, timeZone) })}
          </Title>
          <Badge color={open ? 'orange.4' : 'gray.7'} tt="none" autoContrast>
            {t(`crisis.statuses.${crisis.status}`)}
          </Badge>
        </Group>
        <Line label={t('crisis.disposition')}>{t(`crisis.dispositionLabels.${crisis.disposition}`)}</Line>
        <Line label={t('crisis.triggers')}>
          {crisis.triggers.map((v) => t(`crisis.triggerLabels.${v}`)).join(', ')}
        </Line>
        <Line label={t('crisis.actions')}>{crisis.actions.map((v) => t(`crisis.actionLabels.${v}`)).join(', ')}</Line>
        {crisis.riskObserved && (
          <Line label={t('crisis.riskObserved')}>{t(`crisis.riskLabels.${crisis.riskObserved}`)}</Line>
        )}
        {responders && <Line label={t('crisis.responders')}>{responders}</Line>}
        {crisis.location && <Line label={t('crisis.location')}>{crisis.location}</Line>}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {crisis.summary}
        </Text>
        {(open || crisis.followUpDoneAt) && (
          <Line label={t('crisis.followUp')}>
            {crisis.followUpDoneAt ? (
              t('crisis.followUpDone', { date: formatDateTime(crisis.followUpDoneAt, timeZone) })
            ) : (
              <Text span size="sm" c={followUpLate ? 'red.9' : undefined} fw={followUpLate ? 700 : undefined}>
                {t(followUpLate ? 'crisis.followUpLate' : 'crisis.followUpDue', {
                  date: formatDateTime(crisis.followUpDueAt, timeZone),
                })}
              </Text>
            )}
          </Line>
        )}
        {!open && crisis.resolutionNote && (
          <Line label={t('crisis.resolutionNote')}>
            {crisis.resolutionNote} ({crisis.resolvedByName ?? t('crisis.unnamed')},{' '}
            {formatDateTime(crisis.resolvedAt, timeZone)})
          </Line>
        )}
        <Group>
          {open && (
            <Button size="xs" onClick={() => setResolving(true)}>
              {t('crisis.resolve')}
            </Button>
          )}
          {suggestsAdmission(crisis.disposition) &&
            (onRecordAdmission ? (
              <Button size="xs" variant="light" onClick={() => onRecordAdmission(crisis)}>
                {t('crisis.recordAdmission')}
              </Button>
            ) : (
              <Anchor component={Link} size="sm" to={`?tab=hospitalizations&crisisEventId=${crisis.id}`}>
                {t('crisis.recordAdmission')}
              </Anchor>
            ))}
        </Group>
      </Stack>
      {resolving && <ResolveCrisisModal crisis={crisis} opened onClose={() => setResolving(false)} />}
    </Card>
  );
}
