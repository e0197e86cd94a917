import type { InstrumentDefinition } from '@careloop/core';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { askedItems, type AnswerMap } from './answers-model.js';
import { ItemQuestion } from './item-question.js';

interface Props {
  def: InstrumentDefinition;
  answers: AnswerMap;
  errors: Record<string, string>;
  oneAtATime: boolean;
  index: number;
  onIndex: (index: number) => void;
  onAnswer: (code: string, raw: string) => void;
}

/** The stem and the questions, all at once or one at a time (skip logic applied either way). */
export function FillStep({ def, answers, errors, oneAtATime, index, onIndex, onAnswer }: Props) {
  const { t } = useTranslation();
  const items = askedItems(def, answers);
  const current = Math.min(index, items.length - 1);
  const shown = oneAtATime ? items.slice(current, current + 1) : items;
  const wordingMissing = def.items.some((i) => i.text === null);
  const progressRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // Moving item by item: bring the new question to the reader (and the screen reader).
    if (oneAtATime) progressRef.current?.focus();
  }, [oneAtATime, current]);

  return (
    <Stack gap="lg">
      {wordingMissing && (
        <Alert color="yellow" title={t('assessments.form.notLoaded')}>
          {t('assessments.form.notLoadedBody')}
        </Alert>
      )}
      {def.stem && (
        <Text size="lg" fw={500}>
          {def.stem}
        </Text>
      )}
      {oneAtATime && (
        <Text ref={progressRef} tabIndex={-1} size="sm" c="gray.7">
          {t('assessments.form.progress', { n: current + 1, total: items.length })}
        </Text>
      )}
      {shown.map((item) => (
        <ItemQuestion
          key={item.code}
          def={def}
          item={item}
          answers={answers}
          error={errors[item.code]}
          onAnswer={onAnswer}
        />
      ))}
      {oneAtATime && (
        <Group>
          <Button variant="default" size="md" disabled={current === 0} onClick={() => onIndex(current - 1)}>
            {t('assessments.form.previous')}
          </Button>
          <Button
            variant="default"
            size="md"
            disabled={current >= items.length - 1}
            onClick={() => onIndex(current + 1)}
          >
            {t('assessments.form.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
