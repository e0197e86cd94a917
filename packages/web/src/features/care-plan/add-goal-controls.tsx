import { templatesFor, type NeedsAssessmentView, type PlanGoal, type ProgramModel } from '@careloop/core';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainLabel } from '../needs/needs-view.js';
import { blankGoal, goalFromNeed, goalFromTemplate } from './plan-model.js';

/** Ways to add a goal: for an actionable need of the latest assessment, from a template, or blank. */
export function AddGoalControls({
  needs,
  goals,
  model,
  onAdd,
}: {
  needs: NeedsAssessmentView | null;
  goals: readonly PlanGoal[];
  model: ProgramModel;
  onAdd: (goal: PlanGoal) => void;
}) {
  const { t } = useTranslation();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const templates = templatesFor(model);
  const addressed = new Set(goals.flatMap((g) => g.needDomains));
  const open = (needs?.actionable ?? []).filter((d) => !addressed.has(d));
  const template = templates.find((x) => x.id === templateId);
  return (
    <Stack gap="xs">
      {open.length > 0 && (
        <>
          <Text size="sm">{t('carePlan.addFromNeedIntro')}</Text>
          <Group gap="xs">
            {open.map((d) => (
              <Button key={d} variant="light" onClick={() => onAdd(goalFromNeed(d, needs?.domains[d]?.strengths))}>
                {t('carePlan.addForNeed', {
                  need: domainLabel(d),
                  urgency: needs?.domains[d]?.rating === 3 ? t('needs.urgent') : t('needs.actionNeeded'),
                })}
              </Button>
            ))}
          </Group>
        </>
      )}
      <Group align="flex-end" gap="xs">
        <Select
          label={t('carePlan.template')}
          description={t('carePlan.templateHint')}
          placeholder={t('carePlan.templatePlaceholder')}
          data={templates.map((x) => ({ value: x.id, label: x.title }))}
          value={templateId}
          onChange={setTemplateId}
          clearable
        />
        <Button
          variant="default"
          disabled={!template}
          onClick={() => {
            if (template) onAdd(goalFromTemplate(template));
            setTemplateId(null);
          }}
        >
          {t('carePlan.addFromTemplate')}
        </Button>
        <Button variant="default" onClick={() => onAdd(blankGoal())}>
          {t('carePlan.addBlank')}
        </Button>
      </Group>
    </Stack>
  );
}
