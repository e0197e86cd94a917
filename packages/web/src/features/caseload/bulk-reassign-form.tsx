import { endpoints, type BulkReassignBody } from '@careloop/core';
import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { careStaffOptions, primaryCaseManagerOptions, type StaffMember } from '../episodes/care-queries.js';

/** Moves every primary assignment of one worker to another, e.g. when someone leaves. */
export function BulkReassignForm({ staff }: { staff: readonly StaffMember[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [moved, setMoved] = useState<number | null>(null);
  const options = careStaffOptions(staff);
  const nameOf = (id: string | null) => staff.find((s) => s.id === id)?.name ?? '';

  const reassign = useMutation({
    mutationFn: (body: BulkReassignBody) => call(endpoints.caseload.reassign, { body }),
    onSuccess: async (r) => {
      setConfirming(false);
      setMoved(r.moved);
      setReason('');
      notify(t('supervision.moved', { count: r.moved }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['supervision'] }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
        queryClient.invalidateQueries({ queryKey: ['client-episodes'] }),
      ]);
    },
    onError: () => setConfirming(false),
  });
  const fields = fieldsOf(reassign.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMoved(null);
    reassign.reset();
    if (!from || !to || from === to) {
      setLocalError(t('supervision.sameStaff'));
      return;
    }
    setLocalError(null);
    setConfirming(true);
  };

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3">
            {t('supervision.reassignTitle')}
          </Title>
          <Text size="sm">{t('supervision.reassignHint')}</Text>
          {moved !== null && (
            <Alert color="teal" role="status">
              {t('supervision.moved', { count: moved })}
            </Alert>
          )}
          {reassign.error && !Object.keys(fields).length && <ApiErrorAlert error={reassign.error} />}
          <Group grow align="flex-start">
            <Select
              label={t('supervision.fromStaff')}
              data={options}
              value={from}
              onChange={setFrom}
              searchable
              required
              allowDeselect={false}
              error={fields.fromUserId ?? localError}
            />
            <Select
              label={t('supervision.toStaff')}
              data={primaryCaseManagerOptions(staff)}
              value={to}
              onChange={setTo}
              searchable
              required
              allowDeselect={false}
              error={fields.toUserId}
            />
          </Group>
          <Textarea
            label={t('care.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.reason}
          />
          <Group justify="flex-end">
            <Button type="submit">{t('supervision.reassign')}</Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('supervision.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text>{t('supervision.confirmBody', { from: nameOf(from), to: nameOf(to) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </Button>
            <Button
              loading={reassign.isPending}
              onClick={() => from && to && reassign.mutate({ fromUserId: from, toUserId: to, reason })}
            >
              {t('supervision.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
