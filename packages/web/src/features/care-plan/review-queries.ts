import { endpoints, type PlanReviewBody } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { plansKey } from './care-plan-queries.js';

export const reviewsKey = (episodeId: string) => ['care-plan-reviews', episodeId];

/** Reviews of every version of the episode's plan, newest first. */
export function useEpisodeReviews(episodeId: string) {
  return useQuery({
    queryKey: reviewsKey(episodeId),
    queryFn: () => call(endpoints.carePlans.reviews, { params: { id: episodeId } }),
  });
}

/** Records a review of the effective plan; the next due date moves, so the plans are refetched too. */
export function useSubmitReview(episodeId: string, planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanReviewBody) => call(endpoints.carePlans.review, { params: { id: planId }, body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewsKey(episodeId) }),
        queryClient.invalidateQueries({ queryKey: plansKey(episodeId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]);
    },
  });
}
