import {
  emptySections,
  SafetyPlanSections,
  safetyPlanContent,
  type ClientSafetyPlans,
  type SafetyPlanSection,
} from '@careloop/core';
import { Alert, Button, Checkbox, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { ApiError } from '../../lib/api.js';
import { SafetyPlanFormFields } from './safety-plan-form.js';
import { bodyFromForm, formFromPlan, printUrl, type SafetyPlanForm } from './safety-plan-model.js';
import { useSaveSafetyPlan, useSignSafetyPlan } from './safety-plan-queries.js';

/** The draft being written with the client: save as often as wanted, then sign together. */
export function SafetyPlanEditor({ clientId, plans }: { clientId: string; plans: ClientSafetyPlans }) {
  const { t } = useTranslation();
  const draft = plans.draft;
  const [form, setForm] = useState<SafetyPlanForm>(() => formFromPlan(draft, plans.defaultProfessionalContacts));
  const [clientSigned, setClientSigned] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<SafetyPlanSection, string>>>({});
  const save = useSaveSafetyPlan(clientId);
  const sign = useSignSafetyPlan(clientId);
  const body = bodyFromForm(form);
  const gaps = emptySections(safetyPlanContent.parse(body));

  const saveDraft = () => {
    setErrors({});
    return save.mutateAsync({ draft, body });
  };

  const onSign = async () => {
    if (body.warningSigns.length === 0) {
      setErrors({ warningSigns: t('safetyPlan.sign.missing') });
      return;
    }
    try {
      const saved = await saveDraft();
      await sign.mutateAsync({ id: saved.id, body: { signedByClient: true, version: saved.version } });
      notify(t('safetyPlan.sign.done'));
    } catch (e) {
      // Field errors show under their section; the alert below shows the rest.
      if (e instanceof ApiError) {
        const byPath: Partial<Record<SafetyPlanSection, string>> = {};
        for (const [path, message] of Object.entries(e.fields)) {
          const section = SafetyPlanSections.find((s) => s === path.split('.')[0]);
          if (section) byPath[section] = message;
        }
        setErrors(byPath);
      }
    }
  };

  return (
    <Stack gap="md">
      <SafetyPlanFormFields form={form} onChange={setForm} errors={errors} />
      <ApiErrorAlert error={save.error ?? sign.error} />
      <Group>
        <Button
          variant="default"
          loading={save.isPending && !sign.isPending}
          onClick={() =>
            void saveDraft().then(
              () => notify(t('safetyPlan.saved')),
              () => undefined,
            )
          }
        >
          {t('safetyPlan.saveDraft')}
        </Button>
        {draft && (
          <Button component="a" variant="default" href={printUrl(draft.id)} target="_blank" rel="noopener">
            {t('safetyPlan.print')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="sp-sign">
        <Stack gap="sm">
          <Title order={3} size="h4" id="sp-sign">
            {t('safetyPlan.sign.title')}
          </Title>
          {gaps.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('safetyPlan.sign.emptySections', {
                sections: gaps.map((s) => t(`safetyPlan.sections.${s}`)).join('; '),
              })}
            </Alert>
          )}
          <Checkbox
            label={t('safetyPlan.sign.clientSigned')}
            checked={clientSigned}
            onChange={(e) => setClientSigned(e.currentTarget.checked)}
          />
          <Group>
            <Button disabled={!clientSigned} loading={sign.isPending} onClick={() => void onSign()}>
              {t('safetyPlan.sign.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
