import {
  endpoints,
  ClosureReasons,
  type ClosureReason,
  type EpisodeStage,
  type EpisodeView,
  type StageChangeBody,
} from '@careloop/core';
import { Alert, Button, Group, List, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { unmetFrom, useEpisodeAction, type Unmet } from './use-episode-action.js';

/** Conditions the form itself satisfies are not blockers: closing asks for its reason and summary here. */
function blockers(stage: EpisodeStage, unmet: readonly Unmet[]): Unmet[] {
  return unmet.filter((u) => !(stage === 'closed' && u.id === 'closure_documented'));
}

export function StageControl({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<EpisodeStage | null>(null);
  const [reason, setReason] = useState('');
  const [closureReason, setClosureReason] = useState<ClosureReason | null>(null);
  const [closingSummary, setClosingSummary] = useState('');
  const change = useEpisodeAction(
    episode.clientId,
    (body: StageChangeBody) => call(endpoints.episodes.changeStage, { params: { id: episode.id }, body }),
    {
      // "Lost contact" by someone who does not supervise the program only asks for a sign-off.
      success: (v) =>
        v.closureRequest && v.stage !== 'closed'
          ? t('closure.requested')
          : t('episodes.stageChanged', { stage: t(`care.stages.${v.stage}`) }),
      onDone: () => {
        setTo(null);
        setReason('');
        setClosureReason(null);
        setClosingSummary('');
      },
    },
  );
  const refused = unmetFrom(change.error);
  const fields = fieldsOf(change.error);
  const idBase = `stage-${episode.id}`;

  if (episode.nextStages.length === 0) return <Text>{t('episodes.noNextStages')}</Text>;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    change.mutate({
      to,
      reason: reason.trim() || null,
      version: episode.version,
      ...(to === 'closed' ? { closureReason: closureReason ?? undefined, closingSummary } : {}),
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${idBase}-title`}>
      <Stack gap="sm">
        <Title order={4} id={`${idBase}-title`}>
          {t('episodes.stageChange')}
        </Title>
        <Radio.Group
          label={t('episodes.moveTo')}
          value={to}
          onChange={(v) => {
            change.reset();
            setTo(v);
          }}
        >
          <Stack gap="xs" mt={4}>
            {episode.nextStages.map((ns) => {
              const unmet = blockers(ns.stage, ns.unmet);
              return (
                <Radio
                  key={ns.stage}
                  value={ns.stage}
                  label={t(`care.stages.${ns.stage}`)}
                  disabled={unmet.length > 0}
                  description={
                    unmet.length > 0 ? `${t('episodes.blocked')} ${unmet.map((u) => u.message).join(' ')}` : undefined
                  }
                />
              );
            })}
          </Stack>
        </Radio.Group>
        {to === 'closed' && (
          <>
            <Select
              label={t('episodes.closureReason')}
              data={ClosureReasons.map((r) => ({ value: r, label: t(`care.closureReasons.${r}`) }))}
              value={closureReason}
              onChange={(v) => setClosureReason(v)}
              required
              allowDeselect={false}
              error={fields.closureReason}
              description={closureReason === 'lost_contact' ? t('closure.needsSignoff') : undefined}
            />
            <Textarea
              label={t('episodes.closingSummary')}
              value={closingSummary}
              onChange={(e) => setClosingSummary(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              error={fields.closingSummary}
            />
          </>
        )}
        <Textarea
          label={t('episodes.stageReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          error={fields.reason}
        />
        {refused && (
          <Alert color="red" role="alert" title={t('episodes.stageBlocked')}>
            <List size="sm">
              {refused.map((u) => (
                <List.Item key={u.id}>{u.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {change.error && !refused && !Object.keys(fields).length && <ApiErrorAlert error={change.error} />}
        <Group>
          <Button type="submit" disabled={!to} loading={change.isPending}>
            {t('episodes.changeStage')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
