import { endpoints, type EpisodeView } from '@careloop/core';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useEpisodeAction } from './use-episode-action.js';

/** The sending episode, from the client's list when there, else from the server. */
function usePreviousEpisode(episode: EpisodeView, all: readonly EpisodeView[]) {
  const id = episode.previousEpisodeId;
  const local = id ? all.find((e) => e.id === id) : undefined;
  const remote = useQuery({
    queryKey: ['episode', id],
    queryFn: () => call(endpoints.episodes.get, { params: { id: id ?? '' } }),
    enabled: !!id && !local,
  });
  return local ?? remote.data;
}

/** Acceptance is recorded on the sending episode: who of the receiving program accepted, and when. */
function AcceptedBy({ sending, timeZone }: { sending: EpisodeView; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('episodes.handoffAcceptedBy', {
        name: sending.handoffAcceptedByName ?? t('episodes.systemUser'),
        date: formatDateTime(sending.handoffAcceptedAt, timeZone),
      })}
    </Text>
  );
}

/** Where the episode came from or continued, and the receiving team's acceptance of a hand-off. */
export function HandoffSection({ episode, all }: { episode: EpisodeView; all: readonly EpisodeView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const previous = usePreviousEpisode(episode, all);
  const next = episode.nextEpisodeId ? all.find((e) => e.id === episode.nextEpisodeId) : undefined;
  const accept = useEpisodeAction(
    episode.clientId,
    () => call(endpoints.episodes.acceptHandoff, { params: { id: episode.id }, body: {} }),
    { success: () => t('episodes.handoffAccepted') },
  );
  const awaiting = !!previous && previous.handoffAcceptedAt === null && episode.stage !== 'closed';
  // A hand-off is two people's agreement: whoever moved the client does not accept it (the server refuses).
  const sentByMe = episode.handoffSentById !== null && episode.handoffSentById === me?.id;
  const timeZone = me?.organization.timeZone ?? 'UTC';
  if (!previous && !next) return null;
  return (
    <Stack gap="xs">
      {previous && <Text size="sm">{t('episodes.previousEpisode', { program: previous.programName })}</Text>}
      {previous?.handoffAcceptedAt && <AcceptedBy sending={previous} timeZone={timeZone} />}
      {next && <Text size="sm">{t('episodes.nextEpisode', { program: next.programName })}</Text>}
      {next && episode.handoffAcceptedAt && <AcceptedBy sending={episode} timeZone={timeZone} />}
      {awaiting && (
        <Alert color="orange" title={t('episodes.handoffAwaitingTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('episodes.handoffAwaiting')}</Text>
            {sentByMe ? (
              <Text size="sm">{t('episodes.handoffSentByYou')}</Text>
            ) : (
              <Button size="xs" onClick={() => accept.mutate(undefined)} loading={accept.isPending}>
                {t('episodes.acceptHandoff')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <ApiErrorAlert error={accept.error} />
    </Stack>
  );
}
