import { endpoints, type ProgramView } from '@careloop/core';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import {
  COSIGN_ROLE_CHOICES,
  emptyRequired,
  isCosignRole,
  settingsBody,
  settingsValues,
  type ProgramSettingsValues,
  type RequiredNumber,
} from './program-settings-model.js';

/** A program's agency-editable settings, saved with its version (a stale save keeps the input). */
export function ProgramSettingsForm({ program, onDone }: { program: ProgramView; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ProgramSettingsValues>(() => settingsValues(program));
  const [version, setVersion] = useState(program.version);
  const [conflict, setConflict] = useState(false);
  const [empty, setEmpty] = useState<RequiredNumber[]>([]);
  const set = <K extends keyof ProgramSettingsValues>(key: K, value: ProgramSettingsValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  const save = useMutation({
    mutationFn: () =>
      call(endpoints.programs.update, { params: { id: program.id }, body: settingsBody(values, version) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['programs'] });
      notify(t('programsAdmin.saved'));
      onDone();
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        const current = err.details.current as ProgramView | undefined;
        setConflict(true);
        // Saving again applies the user's input over the current record.
        if (current) setVersion(current.version);
        await queryClient.invalidateQueries({ queryKey: ['programs'] });
      }
    },
  });
  const fields: Record<string, string> = {
    ...fieldsOf(save.error),
    ...Object.fromEntries(empty.map((k) => [k, t('programsAdmin.enterNumber')])),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(values);
    setEmpty(missing);
    setConflict(false);
    if (missing.length === 0) save.mutate();
  };
  const num = (
    key: RequiredNumber | 'faceToFaceEveryDays',
    label: string,
    min: number,
    max: number,
    description?: string,
  ) => (
    <NumberInput
      label={label}
      description={description}
      value={values[key]}
      onChange={(v) => set(key, v)}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      required={key !== 'faceToFaceEveryDays'}
      error={fields[key]}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert">
            {t('programsAdmin.conflict')}
          </Alert>
        )}
        {save.error && !conflict && Object.keys(fields).length === 0 && <ApiErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {num('cadenceMinContacts', t('programsAdmin.cadenceMinContacts'), 1, 28)}
          {num('cadenceWindowDays', t('programsAdmin.cadenceWindowDays'), 1, 92)}
          {num(
            'faceToFaceEveryDays',
            t('programsAdmin.faceToFaceEveryDays'),
            1,
            365,
            t('programsAdmin.faceToFaceEveryHint'),
          )}
          {num('carePlanReviewDays', t('programsAdmin.carePlanReviewDays'), 7, 365)}
          {num('caseloadCap', t('programsAdmin.caseloadCapLabel'), 1, 200)}
        </SimpleGrid>
        <Checkbox
          label={t('programsAdmin.faceToFaceOnly')}
          checked={values.faceToFaceOnly}
          onChange={(e) => set('faceToFaceOnly', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('programsAdmin.planApprovalRequired')}
          description={t('programsAdmin.planApprovalHint')}
          checked={values.planApprovalRequired}
          onChange={(e) => set('planApprovalRequired', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('programsAdmin.noteCosignRequired')}
          checked={values.noteCosignRequired}
          onChange={(e) => set('noteCosignRequired', e.currentTarget.checked)}
        />
        <MultiSelect
          label={t('programsAdmin.cosignRoles')}
          description={t('programsAdmin.cosignRolesHint')}
          data={COSIGN_ROLE_CHOICES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={values.cosignRoles}
          onChange={(v) => set('cosignRoles', v.filter(isCosignRole))}
          error={fields.cosignRoles}
          clearable
        />
        <Textarea
          label={t('programsAdmin.eligibilityNotes')}
          value={values.eligibilityNotes}
          onChange={(e) => set('eligibilityNotes', e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
          error={fields.eligibilityNotes}
        />
        <Switch
          label={t('programsAdmin.programActive')}
          checked={values.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
