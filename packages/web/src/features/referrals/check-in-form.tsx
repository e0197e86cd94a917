import { CheckInAnswers, endpoints, referralCheckInBody, type ReferralView } from '@careloop/core';
import { Button, Group, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useRefreshReferrals } from './referral-queries.js';

type Answer = (typeof CheckInAnswers)[number];

/** The client's word after the first appointment: closes the check-in task, writes the outcome. */
export function CheckInForm({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const refresh = useRefreshReferrals();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attendedOn, setAttendedOn] = useState(referral.appointmentDate ?? '');
  const [note, setNote] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const body = {
    answer: answer ?? undefined,
    attendedOn: answer === 'attended' && attendedOn ? attendedOn : null,
    note: note.trim() || null,
  };
  const parsed = referralCheckInBody.safeParse(body);
  const local = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'answer'), i.message]));
  const save = useMutation({
    mutationFn: () => {
      if (!parsed.success) throw new Error('invalid');
      return call(endpoints.referrals.checkIn, { params: { id: referral.id }, body: parsed.data });
    },
    onSuccess: () => {
      notify(t('referrals.checkIn.saved'));
      setAnswer(null);
      setNote('');
      setShowErrors(false);
    },
    onSettled: () => refresh(),
  });
  const errors: Record<string, string> = { ...(showErrors ? local : {}), ...fieldsOf(save.error) };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (parsed.success) save.mutate();
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`check-in-${referral.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={`check-in-${referral.id}`}>
          {t('referrals.checkIn.title')}
        </Title>
        {!Object.keys(fieldsOf(save.error)).length && <ApiErrorAlert error={save.error} />}
        <Radio.Group
          label={t('referrals.checkIn.answer')}
          required
          value={answer ?? ''}
          onChange={(v) => setAnswer(CheckInAnswers.find((a) => a === v) ?? null)}
          error={errors.answer}
        >
          <Group mt={4}>
            {CheckInAnswers.map((a) => (
              <Radio key={a} value={a} label={t(`referrals.checkIn.answers.${a}`)} />
            ))}
          </Group>
        </Radio.Group>
        {answer === 'attended' && (
          <TextInput
            type="date"
            label={t('referrals.checkIn.attendedOn')}
            value={attendedOn}
            onChange={(e) => setAttendedOn(e.currentTarget.value)}
            error={errors.attendedOn}
          />
        )}
        <Textarea
          label={t('referrals.checkIn.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('referrals.checkIn.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
