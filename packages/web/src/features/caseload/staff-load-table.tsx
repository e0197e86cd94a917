import type { SupervisionResponse } from '@careloop/core';
import { Anchor, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type StaffLoad = SupervisionResponse['staff'][number];

/** Each worker's caseload weighted by intensity against one full caseload (the program caps). */
export function StaffLoadTable({ staff }: { staff: readonly StaffLoad[] }) {
  const { t } = useTranslation();
  if (staff.length === 0) return <Text>{t('supervision.noStaff')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('supervision.loadLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supervision.staff')}</Table.Th>
            <Table.Th>{t('supervision.clients')}</Table.Th>
            <Table.Th>{t('supervision.load')}</Table.Th>
            <Table.Th>{t('supervision.overdueContacts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((s) => (
            <Table.Tr key={s.userId}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/caseload?staff=${s.userId}`}>
                    {s.name}
                  </Anchor>
                  {s.discipline && (
                    <Text size="xs" c="gray.7">
                      {t(`disciplines.${s.discipline}`)}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{s.clients}</Table.Td>
              <Table.Td miw={220}>
                <Group gap="sm" wrap="nowrap">
                  <Progress
                    value={Math.min(100, s.percentOfCap)}
                    color={s.overCap ? 'red.9' : 'teal.9'}
                    aria-label={t('supervision.loadOf', { name: s.name })}
                    w={120}
                  />
                  <Text size="sm">{t('supervision.loadPercent', { percent: s.percentOfCap })}</Text>
                  {s.overCap && (
                    <Badge color="red.9" size="sm">
                      {t('supervision.overCap')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={s.overdueContacts > 0 ? 'red.9' : undefined} fw={s.overdueContacts > 0 ? 700 : 400}>
                  {s.overdueContacts}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
