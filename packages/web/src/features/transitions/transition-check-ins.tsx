import type { TransitionPanelView } from '@careloop/core';
import { Button, Modal, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { useRecordCheckIn } from './transition-queries.js';

type Plan = NonNullable<TransitionPanelView['plan']>;

/** Post-transition communication: how the client is doing, told by either team. */
function RecordCheckInDialog(props: {
  opened: boolean;
  onClose: () => void;
  plan: Plan;
  sendingId: string;
  clientId: string;
}) {
  const { opened, onClose, plan, sendingId, clientId } = props;
  const { t } = useTranslation();
  const record = useRecordCheckIn(clientId, sendingId);
  const fields = fieldsOf(record.error);
  const open = plan.checkIns.filter((c) => c.recorded === null);
  const [index, setIndex] = useState<string | null>(open[0] ? String(open[0].index) : null);
  const [fromWhom, setFromWhom] = useState('');
  const [how, setHow] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      { index: index ? Number(index) : undefined, fromWhom, howIsClient: how },
      {
        onSuccess: () => {
          notify(t('transitions.checkInRecorded'));
          setFromWhom('');
          setHow('');
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('transitions.recordCheckIn')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ApiErrorAlert error={record.error} />
          <Select
            label={t('transitions.whichCheckIn')}
            data={open.map((c) => ({
              value: String(c.index),
              label: t('transitions.checkInDue', { index: c.index, date: formatDate(c.dueOn) }),
            }))}
            value={index}
            onChange={setIndex}
            error={fields.index}
            allowDeselect={false}
          />
          <TextInput
            label={t('transitions.fromWhom')}
            description={t('transitions.fromWhomHint')}
            value={fromWhom}
            onChange={(e) => setFromWhom(e.currentTarget.value)}
            error={fields.fromWhom}
            required
          />
          <Textarea
            label={t('transitions.howIsClient')}
            value={how}
            onChange={(e) => setHow(e.currentTarget.value)}
            error={fields.howIsClient}
            autosize
            minRows={3}
            required
          />
          <Button type="submit" loading={record.isPending}>
            {t('transitions.saveCheckIn')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** The check-in schedule from acceptance, with what each check-in heard. */
export function TransitionCheckIns(props: { plan: Plan; sendingId: string; clientId: string }) {
  const { plan, sendingId, clientId } = props;
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const headingId = `transition-check-ins-${sendingId}`;
  const canRecord = plan.closedAt === null && plan.checkIns.some((c) => c.recorded === null);
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        {t('transitions.checkIns')}
      </Title>
      <Text size="sm">
        {t('transitions.periodEnds', { date: formatDate(plan.periodEndsOn), accepted: formatDate(plan.acceptedOn) })}
      </Text>
      <Table aria-labelledby={headingId} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transitions.due')}</Table.Th>
            <Table.Th>{t('transitions.fromWhom')}</Table.Th>
            <Table.Th>{t('transitions.howIsClient')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.checkIns.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td>{formatDate(c.dueOn)}</Table.Td>
              <Table.Td>{c.recorded?.fromWhom ?? t('transitions.notYet')}</Table.Td>
              <Table.Td>{c.recorded?.howIsClient ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canRecord && (
        <Button size="xs" variant="light" onClick={() => setOpened(true)} style={{ alignSelf: 'flex-start' }}>
          {t('transitions.recordCheckIn')}
        </Button>
      )}
      {opened && (
        <RecordCheckInDialog
          opened={opened}
          onClose={() => setOpened(false)}
          plan={plan}
          sendingId={sendingId}
          clientId={clientId}
        />
      )}
    </Stack>
  );
}
