import { endpoints, type DuplicateWarning } from '@careloop/core';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { latestCompleted } from '../care-plan/care-plan-queries.js';
import { useNeedsAssessments } from '../needs/needs-queries.js';
import {
  createBodyOf,
  createFormErrors,
  duplicateQueryKey,
  duplicateQueryOf,
  initialCreateForm,
  type CreateForm,
  type ReferralOrigin,
} from './create-referral-model.js';
import { DuplicateWarningList } from './duplicate-warning-list.js';
import { PartnerLinkNotice } from './partner-link-notice.js';
import { DIRECTORY_AVAILABLE, ProviderPicker } from './provider-picker.js';
import { CategoryField, ReferralDetailsFields } from './referral-details-fields.js';
import { useRefreshReferrals } from './referral-queries.js';
import { UnmetNeedLink } from './unmet-need-link.js';

interface Props {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  origin: ReferralOrigin;
  /** The dialog's title (e.g. "Refer for goal 2"). */
  title: string;
}

interface Done {
  sent: boolean;
  warnings: DuplicateWarning[];
  link: string | null;
}

/** Refer the client: check for duplicate services first, then save a draft or send at once. */
export function CreateReferralDialog({ opened, onClose, title, ...rest }: Props) {
  const { t } = useTranslation();
  // A fresh form each time it opens (the dialog stays mounted in the goal's card).
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {opened && <CreateReferralForm {...rest} onClose={onClose} />}
    </Modal>
  );
}

function CreateReferralForm({ clientId, origin, onClose }: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const refresh = useRefreshReferrals();
  const needs = useNeedsAssessments(clientId);
  const assessed = latestCompleted(needs.data?.items ?? [])?.actionable ?? [];
  const [form, setForm] = useState<CreateForm>(() => initialCreateForm(origin, DIRECTORY_AVAILABLE));
  const [showErrors, setShowErrors] = useState(false);
  const [checked, setChecked] = useState<{ key: string; warnings: DuplicateWarning[] } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const change = (patch: Partial<CreateForm>) => setForm((f) => ({ ...f, ...patch }));

  const duplicates = useMutation({
    mutationFn: (query: NonNullable<ReturnType<typeof duplicateQueryOf>>) =>
      call(endpoints.referrals.duplicates, { params: { id: clientId }, query }),
  });
  const save = useMutation({
    // Sent at once: the answer carries the provider's link, shown this once.
    mutationFn: async (send: boolean): Promise<Done> => {
      const created = await call(endpoints.referrals.create, {
        params: { id: clientId },
        body: { ...createBodyOf(form, origin), send },
      });
      return { sent: send, warnings: created.warnings, link: created.partnerLink ?? null };
    },
    onSuccess: (d) => setDone(d),
    onSettled: () => refresh(),
  });

  const local = createFormErrors(form, origin);
  const errors = { ...(showErrors ? local : {}), ...fieldsOf(save.error) };
  const query = duplicateQueryOf(form);
  const current = checked && query && checked.key === duplicateQueryKey(query) ? checked : null;

  const submit = async (send: boolean) => {
    setShowErrors(true);
    if (Object.keys(local).length || !query) return;
    let warnings = current?.warnings;
    if (!warnings) {
      const r = await duplicates.mutateAsync(query).catch(() => null);
      if (!r) return;
      warnings = r.warnings;
      setChecked({ key: duplicateQueryKey(query), warnings });
      setConfirmed(false);
      // The user sees what the client already has before deciding.
      if (warnings.length) return;
    }
    if (warnings.length && !confirmed) return;
    save.mutate(send);
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void submit(submitter?.value === 'send');
  };

  if (done) {
    return (
      <Stack>
        <Text role="status" fw={600}>
          {done.sent ? t('referrals.create.sent') : t('referrals.create.created')}
        </Text>
        <DuplicateWarningList
          warnings={done.warnings}
          title={t('referrals.create.duplicateTitle')}
          intro={t('referrals.create.warningsAfter')}
        />
        {done.link && <PartnerLinkNotice link={done.link} />}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('app.close')}</Button>
        </Group>
      </Stack>
    );
  }
  const unconfirmed = !!current?.warnings.length && !confirmed;
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="sm">
        <CategoryField form={form} errors={errors} onChange={change} />
        <ProviderPicker form={form} errors={errors} onChange={change} />
        <ReferralDetailsFields form={form} errors={errors} onChange={change} assessed={assessed} />
        <ApiErrorAlert error={duplicates.error ?? (Object.keys(fieldsOf(save.error)).length ? null : save.error)} />
        {current && current.warnings.length > 0 && (
          <DuplicateWarningList
            warnings={current.warnings}
            title={t('referrals.create.duplicateTitle')}
            intro={t('referrals.create.duplicateIntro')}
          >
            <Checkbox
              label={t('referrals.create.duplicateConfirm')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          </DuplicateWarningList>
        )}
        {current && current.warnings.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('referrals.create.noDuplicates')}
          </Text>
        )}
        <UnmetNeedLink clientId={clientId} onLeave={onClose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            type="submit"
            value="draft"
            variant="light"
            disabled={unconfirmed}
            loading={duplicates.isPending || (save.isPending && save.variables === false)}
          >
            {t('referrals.create.saveDraft')}
          </Button>
          <Button
            type="submit"
            value="send"
            disabled={unconfirmed}
            loading={duplicates.isPending || (save.isPending && save.variables === true)}
          >
            {t('referrals.create.sendNow')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
