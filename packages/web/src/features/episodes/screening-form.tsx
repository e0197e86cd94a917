import { endpoints, type EpisodeView, type ScreeningBody } from '@careloop/core';
import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useEpisodeAction } from './use-episode-action.js';

type Decision = ScreeningBody['decision'];

/** The eligibility decision that lets an episode leave screening. */
export function ScreeningSection({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const record = useEpisodeAction(
    episode.clientId,
    (body: ScreeningBody) => call(endpoints.episodes.recordScreening, { params: { id: episode.id }, body }),
    { success: () => t('episodes.screeningSaved') },
  );
  const fields = fieldsOf(record.error);
  const canRecord = episode.stage === 'screening' && episode.eligibilityDecision === null;
  const titleId = `screening-${episode.id}-title`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (decision) record.mutate({ decision, reason, version: episode.version });
  };

  return (
    <Stack gap="xs">
      <Title order={4} id={titleId}>
        {t('episodes.screening')}
      </Title>
      {episode.eligibilityDecision ? (
        <Text size="sm">
          <strong>
            {episode.eligibilityDecision === 'eligible' ? t('episodes.eligible') : t('episodes.notEligible')}
          </strong>
          {episode.eligibilityReason ? ` — ${episode.eligibilityReason}` : ''}
        </Text>
      ) : (
        <Text size="sm">{t('episodes.screeningNone')}</Text>
      )}
      {canRecord && (
        <form noValidate onSubmit={submit} aria-labelledby={titleId}>
          <Stack gap="xs">
            <Radio.Group
              label={t('episodes.decision')}
              value={decision}
              onChange={(v) => setDecision(v)}
              required
              error={fields.decision}
            >
              <Group mt={4}>
                <Radio value="eligible" label={t('episodes.eligible')} />
                <Radio value="not_eligible" label={t('episodes.notEligible')} />
              </Group>
            </Radio.Group>
            <Textarea
              label={t('episodes.screeningReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
              error={fields.reason}
            />
            {record.error && !Object.keys(fields).length && <ApiErrorAlert error={record.error} />}
            <Group>
              <Button type="submit" variant="default" disabled={!decision} loading={record.isPending}>
                {t('episodes.recordScreening')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
