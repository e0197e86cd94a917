import { isRepeatWithinWindow, type InstrumentId } from '@careloop/core';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { useAssessments } from './assessment-queries.js';

/**
 * Before a PHQ-9 or GAD-7 is given again within 14 days, say so (CLINICAL.md §4): the repeat is
 * kept but not counted in change from baseline, which the giver may not expect.
 */
export function RepeatNotice({ clientId, instrument }: { clientId: string; instrument: InstrumentId }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const history = useAssessments(clientId);
  if (instrument !== 'phq9' && instrument !== 'gad7') return null;
  const now = new Date().toISOString();
  const last = (history.data?.items ?? [])
    .filter((r) => r.instrument === instrument && r.complete)
    .sort((a, b) => Date.parse(b.administeredAt) - Date.parse(a.administeredAt))[0];
  if (!last || !isRepeatWithinWindow(last.administeredAt, now)) return null;
  return (
    <Alert color="yellow" title={t('assessments.mbc.repeatTitle')}>
      {t('assessments.mbc.repeatBody', {
        name: t(`assessments.instruments.${instrument}`),
        date: formatDateTime(last.administeredAt, me?.organization.timeZone ?? 'UTC'),
      })}
    </Alert>
  );
}
