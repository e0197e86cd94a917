import type { AssessmentResultView } from '@careloop/core';
import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loud } from './score-preview.js';
import { ScoreText } from './score-text.js';

interface Props {
  result: AssessmentResultView;
  onGiveCssrs: () => void;
  onDone: () => void;
}

/** The signed result and what must happen now: the in-session step first, then alerts and tasks. */
export function ResultStep({ result, onGiveCssrs, onDone }: Props) {
  const { t } = useTranslation();
  const actions = result.actions;
  const suicideRisk = result.instrument !== 'cssrs_screen' && result.flags.includes('suicide_risk_followup');
  return (
    <Stack>
      {actions?.inSessionStep &&
        (actions.inSessionUrgent ? (
          <Alert color="red" role="alert" title={t('assessments.result.inSession')} {...loud('red')}>
            <Text size="lg" fw={600}>
              {actions.inSessionStep}
            </Text>
          </Alert>
        ) : (
          <Alert color="blue" title={t('assessments.result.nextStep')}>
            <Text size="lg" fw={600}>
              {actions.inSessionStep}
            </Text>
          </Alert>
        ))}
      {result.warnings?.map((w) => (
        <Alert key={w.code} color="yellow" title={t('assessments.result.warning')}>
          {w.message}
        </Alert>
      ))}
      <Text size="xl" fw={700}>
        <ScoreText score={result} long />
      </Text>
      {result.flags.length > 0 && (
        <Group gap="xs">
          {result.flags.map((f) => (
            <Badge key={f} color="red.9" variant="outline" size="lg">
              {t(`assessments.flags.${f}`)}
            </Badge>
          ))}
        </Group>
      )}
      {actions && actions.flagsRaised.length > 0 && (
        <div>
          <Text fw={600}>{t('assessments.result.flagsRaised')}</Text>
          <List>
            {actions.flagsRaised.map((f) => (
              <List.Item key={f}>{t(`assessments.clientFlags.${f}`)}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text fw={600}>{t('assessments.result.tasksCreated')}</Text>
        {actions && actions.tasksCreated.length > 0 ? (
          <List>
            {actions.tasksCreated.map((k) => (
              <List.Item key={k}>{t(`assessments.tasks.${k}`)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('assessments.result.noTasks')}</Text>
        )}
      </div>
      {actions && actions.tasksCompleted.length > 0 && (
        <div>
          <Text fw={600}>{t('assessments.result.tasksCompleted')}</Text>
          <List>
            {actions.tasksCompleted.map((k) => (
              <List.Item key={k}>{t(`assessments.tasks.${k}`)}</List.Item>
            ))}
          </List>
        </div>
      )}
      <Group>
        {suicideRisk && (
          <Button size="md" color="red.9" onClick={onGiveCssrs}>
            {t('assessments.result.giveCssrs')}
          </Button>
        )}
        <Button size="md" variant={suicideRisk ? 'default' : 'filled'} onClick={onDone}>
          {t('assessments.result.done')}
        </Button>
      </Group>
    </Stack>
  );
}
