import { endpoints, type ClosureSignoffBody } from '@careloop/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { notify } from '../../components/notify.js';

export type ClosureDecision = ClosureSignoffBody['decision'];

export interface ClosureSignoffInput {
  episodeId: string;
  decision: ClosureDecision;
  /** The episode's version as the supervisor saw it: a change meanwhile answers 409. */
  version: number;
}

/**
 * A supervisor's answer to a "lost contact" closure request, from the episode card or the
 * supervision page. Afterwards (or on a conflict) every view of episodes refetches. The toast is
 * sent here, not by the caller: the row that asked may be gone from the refetched list by then.
 */
export function useClosureSignoff() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ episodeId, decision, version }: ClosureSignoffInput) =>
      call(endpoints.episodes.signOffClosure, { params: { id: episodeId }, body: { decision, version } }),
    onSuccess: (_view, { decision }) => notify(t(decision === 'approve' ? 'closure.signedOff' : 'closure.returned')),
    onSettled: () =>
      Promise.all(
        [['client-episodes'], ['episode'], ['caseload'], ['supervision']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

/**
 * What went wrong, in words: a version conflict says the list was refreshed; anything else (e.g.
 * 403 when the supervisor asked for the closure themselves) is the server's own message.
 */
export function closureSignoffError(error: unknown, t: (key: string) => string): string | null {
  if (!error) return null;
  if (error instanceof ApiError) return error.code === 'version_conflict' ? t('closure.conflict') : error.message;
  return t('app.genericError');
}
