import type { AdministrationMode, AssessmentResultView, InstrumentDefinition, InstrumentId } from '@careloop/core';
import { Alert, Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { notify } from '../../components/notify.js';
import { decodeValue, emptyAnswers, itemErrors, setAnswer, toPayload, type AnswerMap } from './answers-model.js';
import { useSaveAssessment } from './assessment-queries.js';
import { FillStep } from './fill-step.js';
import { FormFooter, type Step } from './form-footer.js';
import { HandBackStep, SelfReportView } from './hand-back-step.js';
import { ResultStep } from './result-step.js';
import { RepeatNotice } from './repeat-notice.js';
import { ReviewStep } from './review-step.js';
import { useLiveScore } from './use-live-score.js';

/** The open episode the result is filed under (none: a result about the client alone). */
export interface OpenEpisode {
  id: string;
  programName: string;
  openedAt: string;
}

interface InnerProps {
  clientId: string;
  episode: OpenEpisode | null;
  onClose: () => void;
  onGive: (instrument: InstrumentId) => void;
  def: InstrumentDefinition;
  onSelfReporting: (on: boolean) => void;
  /** Whether there are answers that are not signed yet. */
  onUnsignedChange: (unsigned: boolean) => void;
}

/** Fill in, optional self-report hand-off, review, sign, result: one instrument's steps. */
export function Administer({ clientId, def, episode, onSelfReporting, onUnsignedChange, onClose, onGive }: InnerProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<AnswerMap>(() => emptyAnswers(def));
  const [step, setStep] = useState<Step>('fill');
  const [mode, setMode] = useState<AdministrationMode>('clinician');
  const [clientHolding, setClientHolding] = useState(false);
  const [oneAtATime, setOneAtATime] = useState(false);
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<AssessmentResultView | null>(null);
  const live = useLiveScore(def, answers);
  const save = useSaveAssessment(clientId);
  const fields = save.error instanceof ApiError ? itemErrors(def, save.error.fields) : {};
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Each step starts at its heading, so keyboard and screen-reader users land on the new content.
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    onUnsignedChange(step !== 'result' && Object.values(answers).some((v) => v !== null));
  }, [answers, step, onUnsignedChange]);

  const answer = (code: string, raw: string) => setAnswers((a) => setAnswer(def, a, code, decodeValue(raw)));

  const handToClient = () => {
    setMode('self_report');
    setClientHolding(true);
    onSelfReporting(true);
    setStep('fill');
  };

  const sign = () =>
    save.mutate(
      { instrument: def.id, answers: toPayload(def, answers), episodeId: episode?.id ?? null, mode },
      {
        onSuccess: (r) => {
          setResult(r);
          setStep('result');
          notify(t('assessments.result.saved', { name: t(`assessments.instruments.${def.id}`) }));
        },
        onError: (e) => {
          // Item-level refusals are shown at the item, on the questions.
          if (e instanceof ApiError && Object.keys(itemErrors(def, e.fields)).length > 0) setStep('fill');
        },
      },
    );

  const copyright = (
    <Text size="xs" c="gray.7" mt="md">
      {def.copyright}
    </Text>
  );

  if (clientHolding) {
    // The client holds the device: only the questions, no client record, no staff controls or scores.
    return (
      <SelfReportView
        onDone={() => {
          setClientHolding(false);
          setStep('handback');
        }}
      >
        <FillStep
          def={def}
          answers={answers}
          errors={{}}
          oneAtATime={oneAtATime}
          index={index}
          onIndex={setIndex}
          onAnswer={answer}
        />
        {copyright}
      </SelfReportView>
    );
  }

  if (step === 'handback') {
    return (
      <HandBackStep
        headingRef={headingRef}
        onConfirm={() => {
          onSelfReporting(false);
          setStep('review');
        }}
        onReturn={handToClient}
      />
    );
  }

  if (step === 'result' && result) {
    return (
      <Stack>
        <Title order={3} ref={headingRef} tabIndex={-1}>
          {t('assessments.result.title')}
        </Title>
        <ResultStep result={result} onGiveCssrs={() => onGive('cssrs_screen')} onDone={onClose} />
      </Stack>
    );
  }

  const reviewing = step === 'review';
  return (
    <Stack>
      {reviewing ? (
        <>
          <Title order={3} ref={headingRef} tabIndex={-1}>
            {t('assessments.review.title')}
          </Title>
          <ReviewStep
            def={def}
            answers={answers}
            errors={fields}
            mode={mode}
            episodeProgram={episode?.programName ?? null}
          />
        </>
      ) : (
        <>
          <Group justify="space-between">
            <Switch
              size="lg"
              label={t('assessments.form.oneAtATime')}
              checked={oneAtATime}
              onChange={(e) => setOneAtATime(e.currentTarget.checked)}
            />
            <Button variant="default" size="md" onClick={handToClient}>
              {t('assessments.form.handToClient')}
            </Button>
          </Group>
          <RepeatNotice clientId={clientId} instrument={def.id} />
          {Object.keys(fields).length > 0 && (
            <Alert color="red" role="alert">
              {t('assessments.form.fieldError')}
            </Alert>
          )}
          <FillStep
            def={def}
            answers={answers}
            errors={fields}
            oneAtATime={oneAtATime}
            index={index}
            onIndex={setIndex}
            onAnswer={answer}
          />
        </>
      )}
      {copyright}
      <FormFooter
        def={def}
        answers={answers}
        live={live}
        reviewing={reviewing}
        error={Object.keys(fields).length === 0 ? save.error : null}
        signing={save.isPending}
        onSign={sign}
        onStep={setStep}
        onCancel={onClose}
      />
    </Stack>
  );
}
