import type { ClientFlagView } from '@careloop/core';
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { useNow } from '../../lib/use-now.js';
import { useAlerts, useRisk } from './risk-queries.js';
import { TierBadge } from './tier-badge.js';

function FlagAlert({ flag, timeZone }: { flag: ClientFlagView; timeZone: string }) {
  const { t } = useTranslation();
  const title = flag.kind === 'suicide_risk' ? t('risk.banner.suicideTitle') : t('risk.banner.safetyTitle');
  const raised = t('risk.banner.raised', { date: formatDateTime(flag.raisedAt, timeZone) });
  const last =
    flag.lastRaisedAt !== flag.raisedAt
      ? `, ${t('risk.banner.lastRaised', { date: formatDateTime(flag.lastRaisedAt, timeZone) })}`
      : '';
  return (
    <Alert
      color="red.9"
      variant="filled"
      role="alert"
      title={title}
      icon={<IconAlertTriangle aria-hidden="true" />}
      styles={{ title: { color: 'white', fontSize: 'var(--mantine-font-size-md)' }, message: { color: 'white' } }}
    >
      {raised}
      {last} · {t('risk.banner.results', { count: flag.sourceResultIds.length })}. {t('risk.banner.clearNote')}
    </Alert>
  );
}

/** An open crisis: a strong alert (not the suicide-risk red) that opens the chart's Crises tab. */
function OpenCrisisAlert({ flag, clientId, timeZone }: { flag: ClientFlagView; clientId: string; timeZone: string }) {
  const { t } = useTranslation();
  // Light orange with black text: strong, readable (white on orange fails contrast), and apart
  // from the suicide-risk red.
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('crisis.banner.title')}
      icon={<IconAlertTriangle aria-hidden="true" color="black" />}
      style={{ borderLeft: '6px solid var(--mantine-color-orange-7)' }}
      styles={{ title: { color: 'black', fontSize: 'var(--mantine-font-size-md)' }, message: { color: 'black' } }}
    >
      {t('crisis.banner.since', { date: formatDateTime(flag.raisedAt, timeZone) })}{' '}
      <Anchor component={Link} to={`/clients/${clientId}?tab=crises`} c="blue.9" td="underline" fw={700}>
        {t('crisis.banner.view')}
      </Anchor>
    </Alert>
  );
}

/**
 * The banner's alert area, on every chart tab: open suicide-risk and safety flags first and
 * unmissable, then the acuity tier on its own (never merged with the suicide-risk alert), then
 * open urgent tasks.
 */
export function BannerAlerts({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const now = useNow();
  const alerts = useAlerts(clientId);
  const risk = useRisk(clientId);
  const open = (alerts.data?.flags ?? []).filter((f) => f.status === 'open');
  // Disengagement is an engagement alert, not a safety one: a badge, never the red banner.
  const flags = open.filter((f) => f.kind === 'suicide_risk' || f.kind === 'safety_precautions');
  const openCrisis = open.find((f) => f.kind === 'open_crisis');
  const disengaged = open.some((f) => f.kind === 'disengaged');
  // Suicide risk before safety precautions: the order a reader must act on them.
  flags.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'suicide_risk' ? -1 : 1));
  const urgent = (alerts.data?.tasks ?? []).filter((task) => task.status === 'open' && task.priority === 'urgent');
  const overdue = urgent.filter((task) => Date.parse(task.dueAt) < now).length;
  const loaded = alerts.data && risk.data;
  return (
    <Stack gap={6} aria-label={t('risk.banner.alerts')} role="group">
      {flags.map((f) => (
        <FlagAlert key={f.id} flag={f} timeZone={timeZone} />
      ))}
      {openCrisis && <OpenCrisisAlert flag={openCrisis} clientId={clientId} timeZone={timeZone} />}
      <Group gap="sm">
        {risk.data && <TierBadge tier={risk.data.current?.tier ?? null} />}
        {disengaged && (
          <Badge color="grape.9" tt="none" title={t('engagement.disengagedHint')}>
            {t('engagement.disengaged')}
          </Badge>
        )}
        {urgent.length > 0 && (
          <Text size="sm" fw={700} c="red.9">
            {t('risk.banner.urgentTasks', { count: urgent.length })}
            {overdue > 0 ? ` (${t('risk.banner.overdueTasks', { count: overdue })})` : ''}
          </Text>
        )}
        {loaded && open.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('risk.banner.alerts')}: {t('risk.banner.noAlerts')}
          </Text>
        )}
      </Group>
      {(alerts.error ?? risk.error) && (
        <Text size="sm" c="red.9" role="alert">
          {t('risk.banner.loadFailed')}
        </Text>
      )}
    </Stack>
  );
}
