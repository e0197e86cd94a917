import { localDate, type CrisisEventView } from '@careloop/core';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { useSession } from '../../lib/session.js';
import { useNow } from '../../lib/use-now.js';
import { RecordHospitalizationDialog } from '../hospitalizations/record-hospitalization-dialog.js';
import { CrisisCard } from './crisis-card.js';
import { RecordCrisisModal } from './crisis-form.js';
import { useCrisisEvents } from './crisis-queries.js';

export interface CrisisSectionProps {
  clientId: string;
  /** Replaces the built-in hospitalization dialog (ED visit or admission after a crisis). */
  onRecordAdmission?: (crisis: CrisisEventView) => void;
}

/** The chart's "Crises" tab: the client's crisis events, newest first, and recording a new one. */
export function CrisisSection({ clientId, onRecordAdmission }: CrisisSectionProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const now = useNow();
  const events = useCrisisEvents(clientId);
  const [recording, setRecording] = useState(false);
  const [admitting, setAdmitting] = useState<CrisisEventView | null>(null);
  const items = events.data?.items ?? [];
  return (
    <Stack component="section" aria-labelledby="crisis-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="crisis-title">
          {t('crisis.title')}
        </Title>
        <Button color="red.9" onClick={() => setRecording(true)}>
          {t('crisis.record')}
        </Button>
      </Group>
      <ApiErrorAlert error={events.error} />
      {events.isLoading && <PageLoader />}
      {events.data && items.length === 0 && <Text>{t('crisis.empty')}</Text>}
      {items.map((c) => (
        <CrisisCard
          key={c.id}
          crisis={c}
          timeZone={timeZone}
          now={now}
          onRecordAdmission={onRecordAdmission ?? setAdmitting}
        />
      ))}
      {recording && <RecordCrisisModal clientId={clientId} opened onClose={() => setRecording(false)} />}
      {admitting && (
        <RecordHospitalizationDialog
          clientId={clientId}
          crisisEventId={admitting.id}
          defaultAdmittedOn={localDate(new Date(admitting.occurredAt), timeZone)}
          opened
          onClose={() => setAdmitting(null)}
        />
      )}
    </Stack>
  );
}
