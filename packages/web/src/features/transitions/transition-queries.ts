import {
  endpoints,
  type CheckItemBody,
  type RecordCheckInBody,
  type TransitionPanelView,
  type TransitionPlanBody,
} from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { ApiError } from '../../lib/api.js';
import { useRefreshEpisodes } from '../episodes/care-queries.js';

/** Under ['episode'], so any episode change (e.g. the hand-off accepted) refreshes the panel too. */
export const transitionKey = (sendingEpisodeId: string) => ['episode', sendingEpisodeId, 'transition'];

export function useTransitionPanel(sendingEpisodeId: string | null) {
  return useQuery({
    queryKey: transitionKey(sendingEpisodeId ?? ''),
    queryFn: () => call(endpoints.transitions.get, { params: { id: sendingEpisodeId ?? '' } }),
    enabled: sendingEpisodeId !== null,
  });
}

/** After a change: the panel, the episodes (stage, guards), the client's tasks and the worklists. */
function useTransitionMutation<TBody>(
  clientId: string,
  sendingEpisodeId: string,
  run: (body: TBody) => Promise<TransitionPanelView>,
) {
  const queryClient = useQueryClient();
  const refreshEpisodes = useRefreshEpisodes(clientId);
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: transitionKey(sendingEpisodeId) }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      refreshEpisodes(),
    ]);
  };
  return useMutation({
    mutationFn: run,
    onSuccess: async (view) => {
      queryClient.setQueryData(transitionKey(sendingEpisodeId), view);
      await refresh();
    },
    // A stale version: show what changed so the user can try again on current data.
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 409) await refresh();
    },
  });
}

export function useSaveTransitionPlan(clientId: string, id: string) {
  return useTransitionMutation(clientId, id, (body: TransitionPlanBody) =>
    call(endpoints.transitions.save, { params: { id }, body }),
  );
}

export function useCheckItem(clientId: string, id: string) {
  return useTransitionMutation(clientId, id, (body: CheckItemBody) =>
    call(endpoints.transitions.checkItem, { params: { id }, body }),
  );
}

export function useRecordCheckIn(clientId: string, id: string) {
  return useTransitionMutation(clientId, id, (body: RecordCheckInBody) =>
    call(endpoints.transitions.recordCheckIn, { params: { id }, body }),
  );
}
