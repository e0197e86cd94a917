import type { HospitalizationView } from '@careloop/core';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { formatDate } from '../../lib/format-date.js';
import { FollowUpBadges } from './follow-up-badges.js';
import { useHospitalizations } from './hospitalization-queries.js';
import { RecordDischargeDialog } from './record-discharge-dialog.js';
import { RecordHospitalizationDialog } from './record-hospitalization-dialog.js';

/** The chart's "Hospital & ED" tab: the client's stays, newest first, with their discharge follow-up. */
export function HospitalizationsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const stays = useHospitalizations(clientId);
  const [recording, setRecording] = useState(false);
  const [discharging, setDischarging] = useState<HospitalizationView | null>(null);
  const items = stays.data?.items ?? [];
  return (
    <Stack component="section" aria-labelledby="hospital-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="hospital-title">
          {t('hospital.title')}
        </Title>
        <Button onClick={() => setRecording(true)}>{t('hospital.record')}</Button>
      </Group>
      <ApiErrorAlert error={stays.error} />
      {stays.isLoading && <PageLoader />}
      {stays.data && items.length === 0 && <Text>{t('hospital.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table aria-labelledby="hospital-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hospital.type')}</Table.Th>
                <Table.Th>{t('hospital.facility')}</Table.Th>
                <Table.Th>{t('hospital.admittedOn')}</Table.Th>
                <Table.Th>{t('hospital.dischargedOn')}</Table.Th>
                <Table.Th>{t('hospital.followUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {t(`hospital.types.${s.type}`)}
                    <Text size="xs" c="gray.7">
                      {t(`hospital.dxs.${s.principalDiagnosisCategory}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.facility}</Table.Td>
                  <Table.Td>{formatDate(s.admittedOn)}</Table.Td>
                  <Table.Td>
                    {s.dischargedOn ? (
                      formatDate(s.dischargedOn)
                    ) : (
                      <Stack gap={4} align="flex-start">
                        <Text size="sm">{t('hospital.stillIn')}</Text>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setDischarging(s)}
                          aria-label={t('hospital.dischargeFor', { facility: s.facility })}
                        >
                          {t('hospital.discharge')}
                        </Button>
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {s.followUp ? (
                      <FollowUpBadges followUp={s.followUp} />
                    ) : (
                      <Text size="sm" c="gray.7">
                        {s.dischargedOn ? t('hospital.noFollowUp') : '—'}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecordHospitalizationDialog clientId={clientId} opened={recording} onClose={() => setRecording(false)} />
      <RecordDischargeDialog stay={discharging} onClose={() => setDischarging(null)} />
    </Stack>
  );
}
