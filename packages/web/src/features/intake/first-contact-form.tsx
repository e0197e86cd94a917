import { endpoints, type InstrumentDefinition, type IntakeView } from '@careloop/core';
import { Button, Checkbox, Fieldset, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { notify } from '../../components/notify.js';
import { useInstrument } from '../assessments/assessment-queries.js';
import { ChangeError } from './intake-badges.js';
import { useNow } from '../../lib/use-now.js';
import { useIntakeChange } from './intake-queries.js';
import { fromWallTime, toWallTime } from '../../lib/wall-time.js';
import {
  CONTACT_METHODS,
  emptyScreen,
  firstContactPayload,
  isAsked,
  type ScreenValues,
  type YesNo,
} from './first-contact-model.js';

/** The screener's own numbering (q6Within3Months is 6a), so staff and the licensed form agree. */
const itemNumber = (code: string) => (code === 'q6Within3Months' ? '6a' : code.replace(/^q/, ''));

function CssrsItems({
  def,
  answers,
  onAnswer,
  error,
}: {
  def: InstrumentDefinition;
  answers: Record<string, YesNo>;
  onAnswer: (code: string, v: YesNo) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('intakeScreen.cssrs')}>
      <Stack gap="xs">
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        {def.items
          .filter((item) => isAsked(item, answers))
          .map((item) => (
            <Radio.Group
              key={item.code}
              label={`${itemNumber(item.code)}. ${item.text ?? item.conceptLabel}`}
              value={answers[item.code] ?? ''}
              onChange={(v) => onAnswer(item.code, v)}
            >
              <Group mt={4}>
                <Radio value="yes" label={t('intakeScreen.yes')} />
                <Radio value="no" label={t('intakeScreen.no')} />
              </Group>
            </Radio.Group>
          ))}
        {def.wordingSource === 'withheld' && (
          <Text size="xs" c="gray.7">
            {t('intakeScreen.cssrsWithheld')}
          </Text>
        )}
        <Text size="xs" c="gray.7">
          {def.copyright}
        </Text>
      </Stack>
    </Fieldset>
  );
}

function Phq2Items({
  def,
  values,
  onChange,
  error,
}: {
  def: InstrumentDefinition;
  values: [string, string];
  onChange: (v: [string, string]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('intakeScreen.phq2')}>
      <Stack gap="xs">
        {def.stem && <Text size="sm">{def.stem}</Text>}
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        {def.items.slice(0, 2).map((item, i) => (
          <Radio.Group
            key={item.code}
            label={`${i + 1}. ${item.text ?? item.conceptLabel}`}
            value={values[i] ?? ''}
            onChange={(v) => onChange(i === 0 ? [v, values[1]] : [values[0], v])}
          >
            <Group mt={4}>
              {def.responseOptions.map((o) => (
                <Radio key={String(o.value)} value={String(o.value)} label={o.label} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Text size="xs" c="gray.7">
          {def.copyright}
        </Text>
      </Stack>
    </Fieldset>
  );
}

/**
 * First contact is recorded with a brief screen (PHQ-2 and the C-SSRS screener, CCBHC §5.3), not a
 * bare timestamp; when the person cannot be screened the reason is recorded instead. The server
 * scores it, may raise the urgency, and tells the on-call clinician at once when it finds risk.
 */
export function FirstContactForm({ intake, tz }: { intake: IntakeView; tz: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const phq2 = useInstrument('phq2');
  const cssrs = useInstrument('cssrs_screen');
  const [v, setValues] = useState<ScreenValues>(emptyScreen);
  const [contactAt, setContactAt] = useState<string | null>(null);
  const set = <K extends keyof ScreenValues>(key: K, value: ScreenValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const change = useIntakeChange(intake, (body: CallBody<typeof endpoints.intakes.recordFirstContact>) =>
    call(endpoints.intakes.recordFirstContact, { params: { id: intake.id }, body }),
  );
  const { mutation, fields } = change;
  const cssrsError = Object.entries(fields).find(([k]) => k.startsWith('cssrs'))?.[1];
  const phq2Error = Object.entries(fields).find(([k]) => k.startsWith('phq2'))?.[1];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Null until a time is picked: then "now" to the second (a whole-minute wall time could fall
    // before a referral received moments ago). A malformed time goes as is: the server names it.
    const at = contactAt === null ? new Date().toISOString() : (fromWallTime(contactAt, tz) ?? contactAt);
    mutation.mutate(firstContactPayload(v, cssrs.data?.items ?? [], at), {
      onSuccess: () => notify(t('intake.firstContactSaved')),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="first-contact-title">
      <Stack gap="sm">
        <Text fw={700} id="first-contact-title">
          {t('intakeScreen.title')}
        </Text>
        <ChangeError error={mutation.error} conflict={change.conflict} fields={fields} />
        <Group grow align="flex-start">
          <TextInput
            label={t('intake.firstContactAt')}
            type="datetime-local"
            value={contactAt ?? toWallTime(now, tz)}
            onChange={(e) => setContactAt(e.currentTarget.value)}
            error={fields.at}
          />
          <Select
            label={t('intakeScreen.method')}
            data={CONTACT_METHODS.map((m) => ({ value: m, label: t(`intakeScreen.methods.${m}`) }))}
            value={v.method}
            onChange={(m) => m && set('method', m)}
            allowDeselect={false}
          />
        </Group>
        <Checkbox
          label={t('intakeScreen.notScreened')}
          checked={v.notScreened}
          onChange={(e) => set('notScreened', e.currentTarget.checked)}
        />
        {v.notScreened ? (
          <Textarea
            label={t('intakeScreen.notScreenedReason')}
            value={v.notScreenedReason}
            onChange={(e) => set('notScreenedReason', e.currentTarget.value)}
            required
            maxLength={1000}
            error={fields.notScreenedReason}
          />
        ) : (
          <>
            {phq2.data && (
              <Phq2Items def={phq2.data} values={v.phq2} onChange={(x) => set('phq2', x)} error={phq2Error} />
            )}
            {cssrs.data && (
              <CssrsItems
                def={cssrs.data}
                answers={v.cssrs}
                onAnswer={(code, a) => set('cssrs', { ...v.cssrs, [code]: a })}
                error={cssrsError}
              />
            )}
          </>
        )}
        <Textarea
          label={t('intakeScreen.note')}
          value={v.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('intake.recordFirstContact')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
