import type { TransitionPanelView } from '@careloop/core';
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useSaveTransitionPlan } from './transition-queries.js';

/** Start the plan (version 0) or change who receives and when the overlap ends. */
export function TransitionPlanForm({ panel, clientId }: { panel: TransitionPanelView; clientId: string }) {
  const { t } = useTranslation();
  const save = useSaveTransitionPlan(clientId, panel.sendingEpisodeId);
  const fields = fieldsOf(save.error);
  const [team, setTeam] = useState(panel.plan?.receivingTeam ?? '');
  const [overlap, setOverlap] = useState(panel.plan?.overlapEndsOn ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { receivingTeam: team, overlapEndsOn: overlap === '' ? null : overlap, version: panel.plan?.version ?? 0 },
      { onSuccess: () => notify(t(panel.plan ? 'transitions.saved' : 'transitions.started')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('transitions.planForm')}>
      <ApiErrorAlert error={save.error} />
      <Group align="flex-end">
        <TextInput
          label={t('transitions.receivingTeam')}
          description={t('transitions.receivingTeamHint')}
          value={team}
          onChange={(e) => setTeam(e.currentTarget.value)}
          error={fields.receivingTeam}
          required
          style={{ flex: 1, minWidth: 220 }}
        />
        <TextInput
          type="date"
          label={t('transitions.overlapEndsOn')}
          value={overlap}
          onChange={(e) => setOverlap(e.currentTarget.value)}
          error={fields.overlapEndsOn}
        />
        <Button type="submit" loading={save.isPending}>
          {t(panel.plan ? 'transitions.savePlan' : 'transitions.startPlan')}
        </Button>
      </Group>
    </form>
  );
}
