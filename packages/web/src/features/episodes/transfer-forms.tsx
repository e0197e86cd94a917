import { endpoints, type EpisodeView, type MoveProgramBody, type TransferBody } from '@careloop/core';
import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { primaryCaseManagerOptions, usePrograms, useStaff } from './care-queries.js';
import { TeamCarryOver } from './team-carry-over.js';
import { unmetFrom, useEpisodeAction } from './use-episode-action.js';

interface ModalProps {
  episode: EpisodeView;
  opened: boolean;
  onClose: () => void;
}

function ReassignModal({ episode, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const staff = useStaff(opened);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const close = () => {
    setToUserId(null);
    setReason('');
    reassign.reset();
    onClose();
  };
  const reassign = useEpisodeAction(
    episode.clientId,
    (body: TransferBody) => call(endpoints.episodes.transferPrimary, { params: { id: episode.id }, body }),
    { success: () => t('episodes.reassigned'), onDone: close },
  );
  const fields = fieldsOf(reassign.error);
  const options = primaryCaseManagerOptions(staff.data?.items ?? []).filter(
    (o) => o.value !== episode.primaryCaseManagerId,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (toUserId) reassign.mutate({ toUserId, reason, version: episode.version });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('episodes.reassignTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {reassign.error && !Object.keys(fields).length && <ApiErrorAlert error={reassign.error} />}
          <Select
            label={t('episodes.newCaseManager')}
            data={options}
            value={toUserId}
            onChange={setToUserId}
            searchable
            required
            allowDeselect={false}
            error={fields.toUserId}
          />
          <Textarea
            label={t('episodes.reassignReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" disabled={!toUserId} loading={reassign.isPending}>
              {t('episodes.reassign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MoveModal({ episode, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const staff = useStaff(opened);
  const programs = usePrograms(opened);
  const [toProgramId, setToProgramId] = useState<string | null>(null);
  const [caseManagerId, setCaseManagerId] = useState<string | null>(episode.primaryCaseManagerId);
  const [reason, setReason] = useState('');
  const [leaveBehind, setLeaveBehind] = useState<string[]>([]);
  const close = () => {
    setToProgramId(null);
    setReason('');
    setLeaveBehind([]);
    move.reset();
    onClose();
  };
  const move = useEpisodeAction(
    episode.clientId,
    (body: MoveProgramBody) => call(endpoints.episodes.move, { params: { id: episode.id }, body }),
    { success: () => t('episodes.moved'), onDone: close },
  );
  const fields = fieldsOf(move.error);
  const refused = unmetFrom(move.error);
  const programOptions = (programs.data?.items ?? [])
    .filter((p) => p.active && p.id !== episode.programId)
    .map((p) => ({ value: p.id, label: `${p.name} · ${t(`care.models.${p.model}`)}` }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (toProgramId && caseManagerId) {
      move.mutate({
        toProgramId,
        primaryCaseManagerId: caseManagerId,
        reason,
        removeMemberIds: leaveBehind,
        version: episode.version,
      });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('episodes.moveTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {refused && (
            <Alert color="red" role="alert" title={t('episodes.stageBlocked')}>
              <List size="sm">
                {refused.map((u) => (
                  <List.Item key={u.id}>{u.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {move.error && !refused && !Object.keys(fields).length && <ApiErrorAlert error={move.error} />}
          <Select
            label={t('episodes.toProgram')}
            data={programOptions}
            value={toProgramId}
            onChange={setToProgramId}
            required
            allowDeselect={false}
            error={fields.toProgramId}
          />
          <Select
            label={t('episodes.primaryCaseManager')}
            data={primaryCaseManagerOptions(staff.data?.items ?? [])}
            value={caseManagerId}
            onChange={setCaseManagerId}
            searchable
            required
            allowDeselect={false}
            error={fields.primaryCaseManagerId}
          />
          <TeamCarryOver team={episode.team} leaveBehind={leaveBehind} onChange={setLeaveBehind} />
          <Text size="sm">{t('episodes.carryPlan')}</Text>
          <Textarea
            label={t('episodes.moveReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" disabled={!toProgramId || !caseManagerId} loading={move.isPending}>
              {t('episodes.move')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Reassigning the case manager and moving between programs: the history stays with the client.
 * Offered only to whom the server allows it (the primary case manager, a program supervisor).
 */
export function TransferActions({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'reassign' | 'move' | null>(null);
  if (!episode.can.changePrimary) return null;
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={() => setOpen('reassign')}>
        {t('episodes.reassign')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setOpen('move')}>
        {t('episodes.move')}
      </Button>
      <ReassignModal episode={episode} opened={open === 'reassign'} onClose={() => setOpen(null)} />
      <MoveModal episode={episode} opened={open === 'move'} onClose={() => setOpen(null)} />
    </Group>
  );
}
