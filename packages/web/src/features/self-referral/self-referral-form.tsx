import {
  endpoints,
  PreferredContactMethods,
  SelfReferralRelationships,
  type PublicResourcesView,
} from '@careloop/core';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { NeedsCheckboxes } from '../intake/needs-checkboxes.js';
import { HoneypotField } from './honeypot-field.js';
import { SafetyQuestion } from './safety-question.js';
import {
  emptySelfReferral,
  FORM_LANGUAGES,
  MESSAGE_MAX,
  missingFields,
  selfReferralBody,
  type SelfReferralValues,
} from './self-referral-model.js';

function failureMessage(err: unknown, t: (key: string) => string): string | null {
  if (!err) return null;
  if (err instanceof ApiError) {
    if (err.status === 429) return t('selfReferral.tooMany');
    if (err.status === 404) return t('selfReferral.unavailable');
    if (err.status === 400) return t('selfReferral.fixErrors');
  }
  return t('selfReferral.sendFailed');
}

/** A language by its own name and in English ("Español (Spanish)"), so the person finds theirs. */
function languageOption(code: string, t: (key: string) => string): { value: string; label: string } {
  if (code === 'asl') return { value: code, label: t('selfReferral.asl') };
  try {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
    return { value: code, label: own === english ? english : `${own} (${english})` };
  } catch {
    return { value: code, label: code };
  }
}

interface Props {
  onSent: (reference: string, notSafe: boolean) => void;
  resources: PublicResourcesView | undefined;
}

/** The public form: plain words, only what helps match the person to a program. */
export function SelfReferralForm({ onSent, resources }: Props) {
  const { t } = useTranslation();
  const [v, setValues] = useState<SelfReferralValues>(emptySelfReferral);
  const [missing, setMissing] = useState<string[]>([]);
  const set = <K extends keyof SelfReferralValues>(key: K, value: SelfReferralValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const send = useMutation({
    mutationFn: () => call(endpoints.public.selfReferral, { body: selfReferralBody(v) }),
    onSuccess: (r) => onSent(r.reference, v.safeNow === 'no'),
  });
  const serverFields = fieldsOf(send.error);
  const fields: Record<string, string> = {
    ...serverFields,
    ...Object.fromEntries(missing.map((k) => [k, t(`selfReferral.${k}Required`)])),
  };
  const failure = missing.length ? t('selfReferral.fixErrors') : failureMessage(send.error, t);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = missingFields(v);
    setMissing(m);
    if (m.length === 0) send.mutate();
  };
  const text = (
    key: 'firstName' | 'lastName' | 'dateOfBirth' | 'phone' | 'email' | 'submitterName',
    type = 'text',
    autoComplete = 'off',
  ) => (
    <TextInput
      label={t(`selfReferral.${key}`)}
      type={type}
      value={v[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fields[key]}
      required={key === 'firstName' || key === 'lastName'}
      autoComplete={autoComplete}
      maxLength={key === 'submitterName' ? 200 : 254}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <SafetyQuestion value={v.safeNow} onChange={(x) => set('safeNow', x)} resources={resources} />
        <Fieldset legend={t('selfReferral.aboutYou')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('firstName', 'text', 'given-name')}
            {text('lastName', 'text', 'family-name')}
            {text('dateOfBirth', 'date', 'bday')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('selfReferral.howToReach')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('phone', 'tel', 'tel')}
              {text('email', 'email', 'email')}
            </SimpleGrid>
            <Textarea
              label={t('selfReferral.safeContactNote')}
              description={t('selfReferral.safeContactNoteHelp')}
              value={v.safeContactNote}
              onChange={(e) => set('safeContactNote', e.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={2}
              error={fields.safeContactNote}
            />
            <Select
              label={t('selfReferral.preferredLanguage')}
              data={FORM_LANGUAGES.map((code) => languageOption(code, t))}
              value={v.preferredLanguage || null}
              onChange={(x) => set('preferredLanguage', x ?? '')}
              placeholder={t('selfReferral.languagePlaceholder')}
              clearable
              searchable
              comboboxProps={{ withinPortal: true }}
            />
            <Radio.Group
              label={t('selfReferral.preferredContact')}
              value={v.preferredContact}
              onChange={(x) => set('preferredContact', x)}
              error={fields.preferredContact}
            >
              <Group mt="xs">
                {PreferredContactMethods.map((m) => (
                  <Radio key={m} value={m} label={t(`intake.contactMethods.${m}`)} />
                ))}
                <Radio value="none" label={t('selfReferral.noPreference')} />
              </Group>
            </Radio.Group>
            <Checkbox
              label={t('selfReferral.okToLeaveMessage')}
              checked={v.okToLeaveMessage}
              onChange={(e) => set('okToLeaveMessage', e.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>
        <Stack gap="xs">
          <Radio.Group
            label={t('selfReferral.whoTitle')}
            value={v.submittedBy}
            onChange={(x) => set('submittedBy', x)}
            error={fields.submittedBy}
          >
            <Stack gap="xs" mt="xs">
              {SelfReferralRelationships.map((r) => (
                <Radio key={r} value={r} label={t(`selfReferral.whoOptions.${r}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {v.submittedBy !== 'self' && text('submitterName', 'text', 'name')}
        </Stack>
        <NeedsCheckboxes
          label={t('selfReferral.needsTitle')}
          value={v.needs}
          onChange={(needs) => set('needs', needs)}
          labelOf={(c) => t(`selfReferral.needs.${c}`)}
          error={fields.needs}
        />
        <Textarea
          label={t('selfReferral.message')}
          description={t('selfReferral.counter', { count: v.message.length, max: MESSAGE_MAX })}
          value={v.message}
          onChange={(e) => set('message', e.currentTarget.value.slice(0, MESSAGE_MAX))}
          maxLength={MESSAGE_MAX}
          autosize
          minRows={4}
          error={fields.message}
        />
        <HoneypotField label={t('selfReferral.website')} value={v.website} onChange={(x) => set('website', x)} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={send.isPending}>
            {t('selfReferral.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
