import { asksOutcome, ContactOutcomes, ContactServices, ContactTypes } from '@careloop/core';
import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useClientEpisodes } from '../episodes/care-queries.js';
import { toWallTime } from '../../lib/wall-time.js';
import { ChoiceChips } from './choice-chips.js';
import { emptyContactForm, toCreateBody, type ContactForm } from './contact-model.js';
import { useLogContact } from './contact-queries.js';
import { DurationField } from './duration-field.js';
import { LinkedGoalsField } from './linked-goals-field.js';
import { contactForms } from './local-draft.js';

/**
 * Logging a contact in under a minute on a tablet: tap the type, the outcome (calls and outreach
 * only), the duration; the time defaults to now. "Save and write note" opens the note at once.
 */
export function LogContactForm({
  clientId,
  onLogged,
  onCancel,
}: {
  clientId: string;
  onLogged: (result: { id: string; noteId?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const userId = me?.id ?? '';
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const episodes = useClientEpisodes(clientId);
  const open = (episodes.data?.items ?? []).filter((e) => e.stage !== 'closed');
  const [form, setFormState] = useState<ContactForm>(
    () => contactForms.read(userId, clientId) ?? emptyContactForm(toWallTime(Date.now(), timeZone), null),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const log = useLogContact(clientId);
  const episodeId = form.episodeId ?? open[0]?.id ?? null;

  const setForm = (next: ContactForm) => {
    setFormState(next);
    contactForms.write(userId, clientId, next);
  };

  const submit = (withNote: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    const result = toCreateBody(
      { ...form, episodeId },
      timeZone,
      {
        typeRequired: t('contacts.typeRequired'),
        durationRequired: t('contacts.durationRequired'),
        occurredAtInvalid: t('contacts.occurredAtInvalid'),
      },
      withNote,
    );
    if (!result.ok) {
      setFields(result.fields);
      return;
    }
    setFields({});
    log.mutate(result.body, {
      onSuccess: (created) => {
        contactForms.clear(userId, clientId);
        onLogged(created);
      },
      onError: (err) => {
        if (err instanceof ApiError) setFields(err.fields);
      },
    });
  };

  const hasFieldErrors = log.error instanceof ApiError && Object.keys(log.error.fields).length > 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="log-contact-title">
      <form onSubmit={submit(true)} noValidate>
        <Stack gap="md">
          <Title order={3} id="log-contact-title">
            {t('contacts.logTitle')}
          </Title>
          {open.length > 1 && (
            <Select
              label={t('contacts.episode')}
              data={open.map((ep) => ({ value: ep.id, label: ep.programName }))}
              value={episodeId}
              onChange={(v) => setForm({ ...form, episodeId: v, goalIds: [] })}
              allowDeselect={false}
            />
          )}
          <ChoiceChips
            legend={t('contacts.type')}
            size="lg"
            value={form.type}
            onChange={(type) => setForm({ ...form, type })}
            options={ContactTypes.map((v) => ({ value: v, label: t(`contacts.types.${v}`) }))}
            error={fields.type}
          />
          {asksOutcome(form.type) && (
            <ChoiceChips
              legend={t('contacts.outcome')}
              value={form.outcome}
              onChange={(outcome) => setForm({ ...form, outcome })}
              options={ContactOutcomes.map((v) => ({ value: v, label: t(`contacts.outcomes.${v}`) }))}
              error={fields.outcome}
            />
          )}
          <Group align="flex-start" gap="lg">
            <TextInput
              label={t('contacts.occurredAt')}
              description={t('contacts.occurredAtHint')}
              type="datetime-local"
              value={form.occurredAt}
              onChange={(e) => setForm({ ...form, occurredAt: e.currentTarget.value })}
              error={fields.occurredAt}
            />
            <DurationField
              pick={form.durationPick}
              custom={form.customDuration}
              onChange={(durationPick, customDuration) => setForm({ ...form, durationPick, customDuration })}
              error={fields.durationMinutes}
            />
          </Group>
          <ChoiceChips
            multiple
            legend={t('contacts.services')}
            size="sm"
            value={form.services}
            onChange={(services) => setForm({ ...form, services })}
            options={ContactServices.map((v) => ({ value: v, label: t(`contacts.serviceNames.${v}`) }))}
          />
          <LinkedGoalsField
            episodeId={episodeId}
            value={form.goalIds}
            onChange={(goalIds) => setForm({ ...form, goalIds })}
          />
          <ApiErrorAlert error={hasFieldErrors ? null : log.error} />
          <Group>
            <Button type="submit" size="md" loading={log.isPending}>
              {t('contacts.saveAndWrite')}
            </Button>
            <Button variant="default" size="md" onClick={() => submit(false)()} disabled={log.isPending}>
              {t('contacts.saveWithoutNote')}
            </Button>
            <Button
              variant="subtle"
              size="md"
              onClick={() => {
                contactForms.clear(userId, clientId);
                onCancel();
              }}
            >
              {t('app.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
