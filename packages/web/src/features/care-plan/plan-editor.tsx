import type { CarePlanView, EpisodeView, NeedsAssessmentView, PlanGoal } from '@careloop/core';
import { Alert, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AddGoalControls } from './add-goal-controls.js';
import { savePlanDraft, usePutPlanInCache } from './care-plan-queries.js';
import { CoverageBox } from './coverage-box.js';
import { DeferredNeeds } from './deferred-needs.js';
import { planDraftStore, sameContent } from './draft-storage.js';
import { GoalEditor } from './goal-editor.js';
import { MergeView } from './merge-view.js';
import { move, orNull, removeAt, replaceAt } from './plan-model.js';
import { planProblems, saveBlocker } from './plan-problems.js';
import { SaveStatus } from '../../components/save-status.js';
import { SignStep } from './sign-step.js';
import { SortableGoals } from './sortable-goals.js';
import { ReturnedNotice } from './approval-panel.js';
import { useApprovalRequired } from './approval-queries.js';
import { useVersionedAutosave } from '../../lib/use-versioned-autosave.js';

/** Focus follows a moved goal (or a new one) so keyboard users keep their place. */
function focusGoal(id: string, selector: string) {
  requestAnimationFrame(() => {
    const root = document.querySelector(`[data-goal-id="${id}"]`);
    const target = root?.querySelector<HTMLElement>(selector);
    if (target && !target.hasAttribute('disabled')) target.focus();
    else root?.querySelector<HTMLElement>('textarea')?.focus();
  });
}

/** The draft version of a plan: every change autosaved, then agreed and signed. */
export function PlanEditor({
  plan,
  episode,
  needs,
}: {
  plan: CarePlanView;
  episode: EpisodeView;
  needs: NeedsAssessmentView | null;
}) {
  const { t } = useTranslation();
  const putInCache = usePutPlanInCache();
  const approvalRequired = useApprovalRequired(episode.programId);
  const {
    value: content,
    setValue: setContent,
    state,
    flush,
    resolveConflict,
    version,
  } = useVersionedAutosave({
    record: plan,
    value: plan.content,
    same: sameContent,
    drafts: planDraftStore(plan.id),
    save: (next, basedOn) => savePlanDraft(plan.id, next, basedOn),
    // Unfinished text is saved as it is; only what no draft may hold (too long, a bad date) waits.
    blocker: saveBlocker,
    onSaved: putInCache,
  });
  const problems = useMemo(() => planProblems(content), [content]);
  // Unfinished fields are marked all along (they are saved, but block signing); a broken limit
  // once autosave has stopped on it.
  const errorAt = (path: string): string | undefined =>
    (state.kind === 'invalid' ? problems.invalid[path] : undefined) ?? problems.incomplete[path];
  const incomplete = Object.keys(problems.incomplete).length;
  const setGoals = (goals: PlanGoal[]) => setContent({ ...content, goals });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={3}>{t('carePlan.draftTitle', { n: plan.versionNumber })}</Title>
        <Stack gap={0} align="flex-end">
          <SaveStatus state={state} ns="carePlan" />
          {incomplete > 0 && (
            <Text size="sm" c="red.9">
              {t('carePlan.incompleteCount', { count: incomplete })}
            </Text>
          )}
        </Stack>
      </Group>
      <ReturnedNotice plan={plan} />
      {state.kind === 'conflict' && (
        <MergeView theirs={state.theirs} yours={content} onResolve={(m) => resolveConflict(m, state.theirs)} />
      )}
      {state.kind === 'locked' && (
        <Alert color="red" role="alert">
          {t('carePlan.lockedBody')}
        </Alert>
      )}
      {state.kind !== 'conflict' && state.kind !== 'locked' && (
        <>
          <Textarea
            label={t('carePlan.preferences')}
            description={t('carePlan.preferencesHint')}
            autosize
            minRows={2}
            value={content.preferences ?? ''}
            onChange={(e) => setContent({ ...content, preferences: orNull(e.currentTarget.value) })}
          />
          <Title order={4}>{t('carePlan.goals')}</Title>
          <SortableGoals
            goals={content.goals}
            onReorder={setGoals}
            render={(g, i, handle) => (
              <GoalEditor
                goal={g}
                index={i}
                count={content.goals.length}
                dragHandle={handle}
                onChange={(goal) => setGoals(replaceAt(content.goals, i, goal))}
                onMove={(by) => {
                  setGoals(move(content.goals, i, by));
                  focusGoal(g.id, `[data-move="${by === -1 ? 'up' : 'down'}"]`);
                }}
                onRemove={() => setGoals(removeAt(content.goals, i))}
                errorAt={(p) => errorAt(`goals.${i}.${p}`)}
              />
            )}
          />
          <AddGoalControls
            needs={needs}
            goals={content.goals}
            model={episode.model}
            onAdd={(goal) => {
              setGoals([...content.goals, goal]);
              focusGoal(goal.id, 'textarea');
            }}
          />
          <CoverageBox content={content} needs={needs} />
          <DeferredNeeds
            content={content}
            needs={needs}
            onChange={(deferredNeeds) => setContent({ ...content, deferredNeeds })}
            errorAt={errorAt}
          />
          <Textarea
            label={t('carePlan.crisisPrevention')}
            description={t('carePlan.crisisPreventionHint')}
            autosize
            minRows={2}
            value={content.crisisPrevention ?? ''}
            onChange={(e) => setContent({ ...content, crisisPrevention: orNull(e.currentTarget.value) })}
          />
          <SignStep
            plan={plan}
            flush={flush}
            version={version}
            saveState={state}
            incomplete={incomplete}
            approvalRequired={approvalRequired}
          />
        </>
      )}
    </Stack>
  );
}
