import { endpoints, type ImportMode, type ImportServicesResult } from '@careloop/core';
import { Alert, Anchor, Button, Group, Input, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { call } from '../../lib/endpoint-api.js';
import { EXPORT_CSV_HREF } from './directory-queries.js';

/** Rows of errors shown at once (a file with thousands of bad rows is summarised). */
const SHOWN_ERRORS = 200;

/**
 * /directory/import (editors): a CSV file is imported whole or not at all, unless the editor
 * chooses to import only the good rows; every bad row is listed with its column and problem.
 */
export function DirectoryImportPage() {
  const { t } = useTranslation();
  const fileId = useId();
  const qc = useQueryClient();
  const [csv, setCsv] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const run = useMutation({
    mutationFn: (m: ImportMode) => call(endpoints.directory.import, { body: { csv: csv ?? '', mode: m } }),
    onSuccess: (r) => {
      if (r.imported > 0) void qc.invalidateQueries({ queryKey: ['directory'] });
    },
  });
  const result = run.data;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/directory" size="sm">
        {t('directory.back')}
      </Anchor>
      <Title order={1}>{t('directory.importPage.title')}</Title>
      <Text size="sm">{t('directory.importPage.intro')}</Text>
      <Anchor href={EXPORT_CSV_HREF} download="directory.csv" size="sm">
        {t('directory.export')}
      </Anchor>
      <Input.Wrapper label={t('directory.importPage.file')} labelProps={{ htmlFor: fileId }}>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            run.reset();
            const file = e.currentTarget.files?.[0];
            if (!file) return setCsv(null);
            void file.text().then(setCsv);
          }}
        />
      </Input.Wrapper>
      <Radio.Group label={t('directory.importPage.mode')} value={mode} onChange={(v) => setMode(v)}>
        <Stack gap="xs" mt="xs">
          <Radio value="all_or_nothing" label={t('directory.importPage.allOrNothing')} />
          <Radio value="good_rows" label={t('directory.importPage.goodRows')} />
        </Stack>
      </Radio.Group>
      <Group>
        <Button disabled={!csv} loading={run.isPending} onClick={() => run.mutate(mode)}>
          {t('directory.importPage.run')}
        </Button>
      </Group>
      <ApiErrorAlert error={run.error} />
      {result && <ImportResult result={result} onImportGood={() => run.mutate('good_rows')} busy={run.isPending} />}
    </Stack>
  );
}

function ImportResult({
  result,
  onImportGood,
  busy,
}: {
  result: ImportServicesResult;
  onImportGood: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const good = result.total - result.rejectedRows;
  const refused = result.imported === 0 && result.errors.length > 0;
  return (
    <Stack>
      <div role="status" aria-live="polite">
        {refused ? (
          <Alert color="red" title={t('directory.importPage.imported', { count: 0 })}>
            {t('directory.importPage.nothingImported', { rows: result.rejectedRows, total: result.total })}
          </Alert>
        ) : (
          <Alert color="green" title={t('directory.importPage.imported', { count: result.imported })}>
            {result.rejectedRows > 0 && t('directory.importPage.skipped', { rows: result.rejectedRows })}
          </Alert>
        )}
      </div>
      {refused && result.mode === 'all_or_nothing' && good > 0 && (
        <Group>
          <Button onClick={onImportGood} loading={busy}>
            {t('directory.importPage.importGood', { count: good })}
          </Button>
        </Group>
      )}
      {result.errors.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('directory.importPage.errorsTitle')}
          </Title>
          <Text size="sm">{t('directory.importPage.rowHint')}</Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('directory.importPage.row')}</Table.Th>
                <Table.Th>{t('directory.importPage.field')}</Table.Th>
                <Table.Th>{t('directory.importPage.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.slice(0, SHOWN_ERRORS).map((e) => (
                <Table.Tr key={`${e.row}:${e.field}`} data-testid="import-error">
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.field}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
