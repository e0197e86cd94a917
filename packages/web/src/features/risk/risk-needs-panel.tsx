import { Center, Divider, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { NeedsSection } from '../needs/needs-section.js';
import { FlagsSection } from './flags-section.js';
import { LevelOfCareSection } from './level-of-care-section.js';
import { useAlerts, useLevelOfCare, useRisk } from './risk-queries.js';
import { TasksSection } from './tasks-section.js';
import { TierSection } from './tier-section.js';

/** The chart's "Risk & needs" tab: what must be done now, then the tier, level of care and needs. */
export function RiskNeedsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const alerts = useAlerts(clientId);
  const risk = useRisk(clientId);
  const loc = useLevelOfCare(clientId);
  const loading = alerts.isLoading || risk.isLoading || loc.isLoading;
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('risk.panelTitle')}
      </Title>
      <ApiErrorAlert error={alerts.error ?? risk.error ?? loc.error} />
      {loading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {alerts.data && (
        <>
          <TasksSection tasks={alerts.data.tasks} />
          <FlagsSection flags={alerts.data.flags} />
        </>
      )}
      {risk.data && (
        <>
          <Divider />
          <TierSection clientId={clientId} risk={risk.data} />
        </>
      )}
      {loc.data && (
        <>
          <Divider />
          <LevelOfCareSection clientId={clientId} loc={loc.data} />
        </>
      )}
      <Divider />
      <NeedsSection clientId={clientId} />
    </Stack>
  );
}
