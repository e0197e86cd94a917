import { Alert, Badge, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useInstrument } from '../assessments/assessment-queries.js';
import { WordingForm } from './wording-form.js';

/** Admin: the C-SSRS item slots Careloop ships, and loading the wording the agency licensed. */
export function InstrumentsAdminPage() {
  const { t } = useTranslation();
  const cssrs = useInstrument('cssrs_screen');
  const def = cssrs.data;
  const loaded = def?.wordingSource === 'licensed_runtime';
  return (
    <Stack>
      <Title order={1}>{t('instrumentsAdmin.title')}</Title>
      <Text>{t('instrumentsAdmin.otherInstruments')}</Text>
      <Title order={2} size="h3">
        {t('instrumentsAdmin.cssrsTitle')}
      </Title>
      <Alert color="blue">{t('instrumentsAdmin.licensedStatement')}</Alert>
      <ApiErrorAlert error={cssrs.error} />
      {cssrs.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {def && (
        <>
          <Text>
            {t('instrumentsAdmin.status')}:{' '}
            <Badge color={loaded ? 'teal.9' : 'gray.7'} variant="filled" tt="none">
              {loaded ? t('instrumentsAdmin.loaded') : t('instrumentsAdmin.notLoaded')}
            </Badge>
          </Text>
          <Title order={3}>{t('instrumentsAdmin.slots')}</Title>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('instrumentsAdmin.slotsTable')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('instrumentsAdmin.code')}</Table.Th>
                  <Table.Th scope="col">{t('instrumentsAdmin.concept')}</Table.Th>
                  <Table.Th scope="col">{t('instrumentsAdmin.loinc')}</Table.Th>
                  <Table.Th scope="col">{t('instrumentsAdmin.askedWhen')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {def.items.map((i) => (
                  <Table.Tr key={i.code}>
                    <Table.Td>{i.code}</Table.Td>
                    <Table.Td>{i.conceptLabel}</Table.Td>
                    <Table.Td>{i.loinc}</Table.Td>
                    <Table.Td>{i.askedWhen?.description ?? t('instrumentsAdmin.always')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="gray.7">
            {def.copyright}
          </Text>
          <WordingForm def={def} />
        </>
      )}
    </Stack>
  );
}
