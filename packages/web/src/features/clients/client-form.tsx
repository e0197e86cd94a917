import {
  ClientStatuses,
  GenderIdentities,
  HousingStatuses,
  PhoneTypes,
  SexAtBirth,
  VeteranStatuses,
} from '@careloop/core';
import { Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageOptions } from '../../lib/language-name.js';
import type { ClientFormValues } from './client-form-model.js';

interface Props {
  values: ClientFormValues;
  onChange: (values: ClientFormValues) => void;
  errors: Partial<Record<keyof ClientFormValues, string>>;
  editing?: boolean;
}

/** The client's identity, contact and circumstances; used by registration and edit. */
export function ClientForm({ values, onChange, errors, editing = false }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    key: keyof ClientFormValues,
    label: string,
    extra: { required?: boolean; type?: string; autoComplete?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={values[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errors[key]}
      required={extra.required}
      type={extra.type}
      autoComplete={extra.autoComplete ?? 'off'}
    />
  );
  const options = (group: string, list: readonly string[]) =>
    list.map((v) => ({ value: v, label: t(`client.options.${group}.${v}`) }));

  return (
    <Stack>
      <Fieldset legend={t('client.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {text('firstName', t('client.firstName'), { required: true })}
          {text('middleName', t('client.middleName'))}
          {text('lastName', t('client.lastName'), { required: true })}
          {text('preferredName', t('client.preferredName'))}
          {text('pronouns', t('client.pronouns'))}
          {text('dateOfBirth', t('client.dateOfBirth'), { required: true, type: 'date' })}
          <Select
            label={t('client.sexAssignedAtBirth')}
            data={options('sex', SexAtBirth)}
            value={values.sexAssignedAtBirth}
            onChange={(v) => set('sexAssignedAtBirth', v)}
            clearable
          />
          <Select
            label={t('client.genderIdentity')}
            data={options('gender', GenderIdentities)}
            value={values.genderIdentity}
            onChange={(v) => set('genderIdentity', v)}
            clearable
          />
          <Select
            label={t('client.preferredLanguage')}
            data={languageOptions(values.preferredLanguage)}
            value={values.preferredLanguage}
            onChange={(v) => set('preferredLanguage', v ?? 'en')}
            searchable
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('client.interpreterNeeded')}
          checked={values.interpreterNeeded}
          onChange={(e) => set('interpreterNeeded', e.currentTarget.checked)}
        />
      </Fieldset>

      <Fieldset legend={t('client.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {text('phone', t('client.phone'), { type: 'tel' })}
          <Select
            label={t('client.phoneType')}
            data={options('phoneType', PhoneTypes)}
            value={values.phoneType}
            onChange={(v) => set('phoneType', v ?? 'mobile')}
            allowDeselect={false}
          />
          {text('email', t('client.email'), { type: 'email' })}
          {text('line1', t('client.line1'))}
          {text('city', t('client.city'))}
          <Group grow>
            {text('state', t('client.state'))}
            {text('postalCode', t('client.postalCode'))}
          </Group>
        </SimpleGrid>
        <Group mt="sm">
          <Checkbox
            label={t('client.okToText')}
            checked={values.okToText}
            onChange={(e) => set('okToText', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('client.okToVoicemail')}
            checked={values.okToVoicemail}
            onChange={(e) => set('okToVoicemail', e.currentTarget.checked)}
          />
          <Checkbox
            label={t('client.okToMail')}
            checked={values.okToMail}
            onChange={(e) => set('okToMail', e.currentTarget.checked)}
          />
        </Group>
        <TextInput
          mt="sm"
          label={t('client.communicationNotes')}
          value={values.communicationNotes}
          onChange={(e) => set('communicationNotes', e.currentTarget.value)}
          error={errors.communicationNotes}
        />
      </Fieldset>

      <Fieldset legend={t('client.circumstances')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Select
            label={t('client.housingStatus')}
            data={options('housing', HousingStatuses)}
            value={values.housingStatus}
            onChange={(v) => set('housingStatus', v)}
            clearable
          />
          <Select
            label={t('client.veteranStatus')}
            data={options('veteran', VeteranStatuses)}
            value={values.veteranStatus}
            onChange={(v) => set('veteranStatus', v)}
            clearable
          />
          {text('medicaidId', t('client.medicaidId'))}
          {editing && (
            <Select
              label={t('client.status')}
              data={options('status', ClientStatuses)}
              value={values.status}
              onChange={(v) => set('status', v ?? 'active')}
              allowDeselect={false}
            />
          )}
          {editing && values.status === 'deceased' && text('deceasedDate', t('client.deceasedDate'), { type: 'date' })}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
