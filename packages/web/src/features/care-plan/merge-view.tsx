import type { CarePlanView, PlanContent } from '@careloop/core';
import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalView } from './goal-view.js';
import { applyChoices, mergeItems, SECTIONS, sectionDiffers, type Section, type Side } from './merge-model.js';

function Choice({ label, value, onChange }: { label: string; value: Side; onChange: (s: Side) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v === 'yours' ? 'yours' : 'theirs')}
      data={[
        { value: 'theirs', label: t('carePlan.merge.keepTheirs') },
        { value: 'yours', label: t('carePlan.merge.keepMine') },
      ]}
    />
  );
}

function SectionText({ content, section }: { content: PlanContent; section: Section }) {
  const { t } = useTranslation();
  const value =
    section === 'deferredNeeds'
      ? content.deferredNeeds.map((d) => `${d.domain}: ${d.reason}`).join('; ')
      : content[section];
  return <Text size="sm">{value || t('carePlan.notRecorded')}</Text>;
}

/** Someone else saved while you typed: theirs beside yours, choose per goal and section, then save. */
export function MergeView({
  theirs,
  yours,
  onResolve,
}: {
  theirs: CarePlanView;
  yours: PlanContent;
  onResolve: (merged: PlanContent) => void;
}) {
  const { t } = useTranslation();
  const [goals, setGoals] = useState<Record<string, Side>>({});
  const [sections, setSections] = useState<Partial<Record<Section, Side>>>({});
  const items = mergeItems(theirs.content, yours).filter((i) => !i.same);
  const differing = SECTIONS.filter((s) => sectionDiffers(theirs.content, yours, s));
  const who = theirs.updatedByName ?? t('carePlan.merge.someone');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-merge-title">
      <Stack gap="md">
        <Title order={4} id="plan-merge-title">
          {t('carePlan.merge.title')}
        </Title>
        <Alert color="orange" role="alert">
          {t('carePlan.merge.intro', { who })}
        </Alert>
        {differing.map((s) => (
          <Stack key={s} gap="xs">
            <Title order={5}>{t(`carePlan.merge.section.${s}`)}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Text size="xs" fw={700}>
                  {t('carePlan.merge.theirs', { who })}
                </Text>
                <SectionText content={theirs.content} section={s} />
              </div>
              <div>
                <Text size="xs" fw={700}>
                  {t('carePlan.merge.yours')}
                </Text>
                <SectionText content={yours} section={s} />
              </div>
            </SimpleGrid>
            <Choice
              label={t(`carePlan.merge.section.${s}`)}
              value={sections[s] ?? 'theirs'}
              onChange={(v) => setSections({ ...sections, [s]: v })}
            />
          </Stack>
        ))}
        {items.map((item, i) => (
          <Stack key={item.id} gap="xs">
            <Title order={5}>{t('carePlan.merge.goal', { n: i + 1 })}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {([item.theirs, item.yours] as const).map((g, side) => (
                <Paper key={side} withBorder p="xs">
                  <Text size="xs" fw={700}>
                    {side === 0 ? t('carePlan.merge.theirs', { who }) : t('carePlan.merge.yours')}
                  </Text>
                  {g ? (
                    <GoalView goal={g} n={i + 1} audience="staff" order={6} />
                  ) : (
                    <Text size="sm">{t('carePlan.merge.notThere')}</Text>
                  )}
                </Paper>
              ))}
            </SimpleGrid>
            <Choice
              label={t('carePlan.merge.goal', { n: i + 1 })}
              value={goals[item.id] ?? 'theirs'}
              onChange={(v) => setGoals({ ...goals, [item.id]: v })}
            />
          </Stack>
        ))}
        <Group>
          <Button onClick={() => onResolve(applyChoices(theirs.content, yours, goals, sections))}>
            {t('carePlan.merge.apply')}
          </Button>
          <Button variant="default" onClick={() => onResolve(theirs.content)}>
            {t('carePlan.merge.keepAllTheirs')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
