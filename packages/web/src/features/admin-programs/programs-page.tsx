import type { ProgramView } from '@careloop/core';
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { usePrograms } from '../intake/intake-queries.js';
import { NewProgramForm } from './new-program-form.js';
import { OrgSettingsCard } from './org-settings-card.js';
import { ProgramSettingsForm } from './program-settings-form.js';
import { ProgramStaff } from './program-staff.js';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; program: ProgramView } | { kind: 'staff'; program: ProgramView } | null;

function ProgramRow({ program, onOpen }: { program: ProgramView; onOpen: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const p = program;
  return (
    <Table.Tr>
      <Table.Td>{p.name}</Table.Td>
      <Table.Td>{t(`care.models.${p.model}`)}</Table.Td>
      <Table.Td>
        {t('programsAdmin.cadenceValue', { contacts: p.cadenceMinContacts, days: p.cadenceWindowDays })}
        {p.faceToFaceOnly && `, ${t('programsAdmin.faceToFaceOnlyShort')}`}
        {p.faceToFaceEveryDays !== null && (
          <Text size="xs" c="gray.7">
            {t('programsAdmin.faceToFaceShort', { days: p.faceToFaceEveryDays })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t('programsAdmin.everyDays', { days: p.carePlanReviewDays })}</Table.Td>
      <Table.Td>{p.caseloadCap}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} c={p.active ? 'teal.9' : 'gray.7'}>
          {p.active ? t('programsAdmin.active') : t('programsAdmin.inactive')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={() => onOpen({ kind: 'edit', program: p })}
            aria-label={t('programsAdmin.edit', { name: p.name })}
          >
            {t('app.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => onOpen({ kind: 'staff', program: p })}
            aria-label={t('programsAdmin.staffOf', { name: p.name })}
          >
            {t('programsAdmin.staff')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Programs with their level of care and agency-editable settings, program staff, agency settings. */
export function ProgramsAdminPage() {
  const { t } = useTranslation();
  const programs = usePrograms();
  const [dialog, setDialog] = useState<Dialog>(null);
  const title =
    dialog?.kind === 'create'
      ? t('programsAdmin.newProgram')
      : dialog?.kind === 'edit'
        ? t('programsAdmin.editTitle', { name: dialog.program.name })
        : dialog?.kind === 'staff'
          ? t('programsAdmin.staffOf', { name: dialog.program.name })
          : '';

  return (
    <Stack>
      <Title order={1}>{t('programsAdmin.title')}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="programs-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="programs-title">
            {t('programsAdmin.programs')}
          </Title>
          <Button onClick={() => setDialog({ kind: 'create' })}>{t('programsAdmin.newProgram')}</Button>
        </Group>
        <ApiErrorAlert error={programs.error} />
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('programsAdmin.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programsAdmin.name')}</Table.Th>
                <Table.Th>{t('programsAdmin.model')}</Table.Th>
                <Table.Th>{t('programsAdmin.cadence')}</Table.Th>
                <Table.Th>{t('programsAdmin.carePlanReview')}</Table.Th>
                <Table.Th>{t('programsAdmin.caseloadCap')}</Table.Th>
                <Table.Th>{t('programsAdmin.status')}</Table.Th>
                <Table.Th>{t('programsAdmin.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programs.data?.items.map((p) => (
                <ProgramRow key={p.id} program={p} onOpen={setDialog} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <OrgSettingsCard />
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        title={title}
        size="lg"
      >
        {dialog?.kind === 'create' && <NewProgramForm onDone={() => setDialog(null)} />}
        {dialog?.kind === 'edit' && <ProgramSettingsForm program={dialog.program} onDone={() => setDialog(null)} />}
        {dialog?.kind === 'staff' && <ProgramStaff program={dialog.program} />}
      </Modal>
    </Stack>
  );
}
