import { endpoints, type PartnerPacketView, type ReferralStatus } from '@careloop/core';
import { Button, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { partnerBodyOf, partnerErrors, partnerFields, startAnswer, type PartnerAnswer } from './partner-model.js';

interface Props {
  token: string;
  packet: PartnerPacketView;
  onAnswered: (next: PartnerPacketView) => void;
  onStart: () => void;
}

/** A big button per status the provider may choose; the chosen one opens its few boxes. */
export function PartnerAnswerSection({ token, packet, onAnswered, onStart }: Props) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<PartnerAnswer | null>(null);
  const choose = (s: ReferralStatus) => {
    onStart();
    setAnswer(startAnswer(s));
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="partner-answer">
      <Title order={2} size="h3" id="partner-answer">
        {t('partner.answerTitle')}
      </Title>
      {packet.nextStatuses.length === 0 && <Text size="lg">{t('partner.noAnswers')}</Text>}
      {answer ? (
        <AnswerForm
          token={token}
          answer={answer}
          onChange={setAnswer}
          onBack={() => setAnswer(null)}
          onAnswered={onAnswered}
        />
      ) : (
        packet.nextStatuses.map((s) => (
          <Button
            key={s}
            size="xl"
            fullWidth
            variant={['rejected', 'failed', 'cancelled'].includes(s) ? 'default' : 'filled'}
            onClick={() => choose(s)}
          >
            {t(`partner.actions.${s}`, { defaultValue: t(`partner.statuses.${s}`) })}
          </Button>
        ))
      )}
    </Stack>
  );
}

function AnswerForm({
  token,
  answer,
  onChange,
  onBack,
  onAnswered,
}: {
  token: string;
  answer: PartnerAnswer;
  onChange: (a: PartnerAnswer) => void;
  onBack: () => void;
  onAnswered: (next: PartnerPacketView) => void;
}) {
  const { t } = useTranslation();
  const [showErrors, setShowErrors] = useState(false);
  const f = partnerFields(answer.status);
  const local = partnerErrors(answer);
  const send = useMutation({
    mutationFn: () =>
      call(endpoints.partner.setStatus, { params: { token }, body: partnerBodyOf(answer) }, { noReauth: true }),
    onSuccess: onAnswered,
  });
  // The schema's own words name the status code; the provider reads a plain request instead.
  const plain = local.reason ? { ...local, reason: t('partner.reasonMissing') } : local;
  const errors = { ...(showErrors ? plain : {}), ...fieldsOf(send.error) };
  const set = (patch: Partial<PartnerAnswer>) => onChange({ ...answer, ...patch });
  const action = t(`partner.actions.${answer.status}`, { defaultValue: t(`partner.statuses.${answer.status}`) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (!Object.keys(local).length) send.mutate();
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {!Object.keys(fieldsOf(send.error)).length && <ApiErrorAlert error={send.error} />}
        <Text size="lg" fw={700}>
          {action}
        </Text>
        {f.appointmentDate && (
          <TextInput
            size="lg"
            type="date"
            label={t('partner.appointmentDate')}
            value={answer.appointmentDate}
            onChange={(e) => set({ appointmentDate: e.currentTarget.value })}
            error={errors.appointmentDate}
          />
        )}
        {f.waitlistPosition && (
          <NumberInput
            size="lg"
            label={t('partner.waitlistPosition')}
            min={1}
            allowDecimal={false}
            value={answer.waitlistPosition}
            onChange={(v) => set({ waitlistPosition: typeof v === 'number' ? v : '' })}
            error={errors.waitlistPosition}
          />
        )}
        {f.serviceProvided && (
          <Textarea
            size="lg"
            label={t('partner.serviceProvided')}
            autosize
            minRows={3}
            value={answer.serviceProvided}
            onChange={(e) => set({ serviceProvided: e.currentTarget.value })}
            error={errors.serviceProvided}
          />
        )}
        {f.reason === 'required' && (
          <Textarea
            size="lg"
            label={t('partner.reasonBox')}
            required
            autosize
            minRows={3}
            value={answer.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={errors.reason}
          />
        )}
        <Button type="submit" size="xl" fullWidth loading={send.isPending}>
          {t('partner.confirm', { action })}
        </Button>
        <Button variant="default" size="lg" fullWidth onClick={onBack}>
          {t('partner.back')}
        </Button>
      </Stack>
    </form>
  );
}
