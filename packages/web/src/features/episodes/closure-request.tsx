import type { EpisodeView } from '@careloop/core';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ClosureDecisionButtons } from './closure-decision.js';

/**
 * A "lost contact" closure waiting for a supervisor's sign-off: the episode stays open meanwhile.
 * Supervisors other than the person who asked get the decision here; the server checks that they
 * supervise the program and shows its refusal otherwise.
 */
export function ClosureRequestNotice({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const request = episode.closureRequest;
  if (!request || episode.stage === 'closed') return null;
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const ownRequest = request.requestedById !== null && request.requestedById === me?.id;
  return (
    <Alert color="orange" title={t('closure.waitingTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t('closure.waiting', {
            name: request.requestedByName ?? t('closure.someone'),
            date: formatDateTime(request.requestedAt, timeZone),
          })}
        </Text>
        {request.summary && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('closure.summary', { summary: request.summary })}
          </Text>
        )}
        {hasRole('supervisor') && !ownRequest && (
          <ClosureDecisionButtons episodeId={episode.id} version={episode.version} program={episode.programName} />
        )}
        {hasRole('supervisor') && ownRequest && <Text size="sm">{t('closure.ownRequest')}</Text>}
      </Stack>
    </Alert>
  );
}
