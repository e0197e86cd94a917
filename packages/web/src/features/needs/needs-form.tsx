import { endpoints, NeedDomains, type NeedsAssessmentView } from '@careloop/core';
import { Alert, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { useRefreshRisk } from '../risk/risk-queries.js';
import { DomainField } from './domain-field.js';
import { domainError, draftFromView, emptyDraft, toBody, type NeedsDraft } from './needs-model.js';
import { PresentField } from './present-field.js';

type Status = 'draft' | 'completed';

/**
 * The needs and strengths assessment, done with the client: every domain rated 0–3 with their own
 * words. "Save draft" keeps partial work (POST, then PATCH with the version); "Complete and sign"
 * asks the server, which names every unrated domain and a missing client.
 */
export function NeedsForm({
  clientId,
  existing,
  onClose,
  onCompleted,
}: {
  clientId: string;
  existing: NeedsAssessmentView | null;
  onClose: () => void;
  onCompleted: (view: NeedsAssessmentView) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshRisk(clientId);
  const [draft, setDraft] = useState<NeedsDraft>(() => (existing ? draftFromView(existing) : emptyDraft()));
  const [saved, setSaved] = useState(existing ? { id: existing.id, version: existing.version } : null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const save = useMutation({
    mutationFn: (status: Status) =>
      saved
        ? call(endpoints.assessments.updateNeedsAssessment, {
            params: { id: saved.id },
            body: toBody(draft, status, saved.version),
          })
        : call(endpoints.assessments.createNeedsAssessment, { params: { id: clientId }, body: toBody(draft, status) }),
    onSuccess: async (view) => {
      setSaved({ id: view.id, version: view.version });
      await refresh();
      if (view.status === 'completed') {
        notify(t('needs.completed'));
        onCompleted(view);
      } else {
        notify(t('needs.draftSaved'));
      }
    },
  });
  const fields = fieldsOf(save.error);
  const fieldCount = Object.keys(fields).length;
  // After a refused save, move focus to the summary so keyboard and screen-reader users hear why.
  useEffect(() => {
    if (fieldCount > 0) summaryRef.current?.focus();
  }, [save.error, fieldCount]);

  const submit = (status: Status) => (e?: FormEvent) => {
    e?.preventDefault();
    save.mutate(status);
  };

  return (
    <form noValidate onSubmit={submit('completed')} aria-labelledby={`needs-form-${clientId}`}>
      <Stack gap="md">
        <Title order={4} id={`needs-form-${clientId}`}>
          {t('needs.formTitle')}
        </Title>
        <Text size="sm">{t('needs.formIntro')}</Text>
        {fieldCount > 0 && (
          <Alert color="red" role="alert" title={t('needs.errorsTitle')} ref={summaryRef} tabIndex={-1}>
            <Text size="sm">{t('needs.errorsCount', { count: fieldCount })}</Text>
            <List size="sm">
              {Object.entries(fields).map(([path, message]) => (
                <List.Item key={path}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {save.error && fieldCount === 0 && <ApiErrorAlert error={save.error} />}
        <PresentField
          value={draft.present}
          error={fields.present}
          onChange={(present) => setDraft((d) => ({ ...d, present }))}
        />
        {NeedDomains.map((domain) => (
          <DomainField
            key={domain}
            domain={domain}
            value={draft.domains[domain]}
            error={domainError(fields, domain)}
            onChange={(next) => setDraft((d) => ({ ...d, domains: { ...d.domains, [domain]: next } }))}
          />
        ))}
        <Textarea
          label={t('needs.priorities')}
          value={draft.clientPriorities}
          onChange={(e) => {
            // Read the value now: the event's target is gone by the time the updater runs.
            const clientPriorities = e.currentTarget.value;
            setDraft((d) => ({ ...d, clientPriorities }));
          }}
          autosize
          minRows={2}
          error={fields.clientPriorities}
        />
        <Textarea
          label={t('needs.overallStrengths')}
          value={draft.overallStrengths}
          onChange={(e) => {
            // Read the value now: the event's target is gone by the time the updater runs.
            const overallStrengths = e.currentTarget.value;
            setDraft((d) => ({ ...d, overallStrengths }));
          }}
          autosize
          minRows={2}
          error={fields.overallStrengths}
        />
        <Group>
          <Button
            variant="default"
            onClick={() => submit('draft')()}
            loading={save.isPending && save.variables === 'draft'}
          >
            {t('needs.saveDraft')}
          </Button>
          <Button type="submit" loading={save.isPending && save.variables === 'completed'}>
            {t('needs.complete')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t('needs.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
