import { LOCUS_DIMENSION_LABELS, LOCUS_LEVEL_LABELS, LocusDimensions, type LevelOfCareView } from '@careloop/core';
import { Alert, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { LocusForm } from './locus-form.js';

type LocusRow = LevelOfCareView['locus'][number];

function levelText(level: number): string {
  const label = (LOCUS_LEVEL_LABELS as Record<number, string | undefined>)[level];
  return label ? `${level} — ${label}` : String(level);
}

function LocusTable({ rows, timeZone }: { rows: readonly LocusRow[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('risk.loc.locusLabel')} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('risk.loc.rated')}</Table.Th>
            <Table.Th>{t('risk.loc.ratings')}</Table.Th>
            <Table.Th>{t('risk.loc.recommended')}</Table.Th>
            <Table.Th>{t('risk.loc.actual')}</Table.Th>
            <Table.Th>{t('risk.loc.variance')}</Table.Th>
            <Table.Th>{t('risk.loc.ratedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{formatDateTime(r.ratedAt, timeZone)}</Table.Td>
              <Table.Td>
                <List size="xs" listStyleType="none">
                  {LocusDimensions.map((d) => (
                    <List.Item key={d}>
                      {LOCUS_DIMENSION_LABELS[d].numeral} {LOCUS_DIMENSION_LABELS[d].label}: {r.ratings[d] ?? '—'}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>{levelText(r.recommendedLevel)}</Table.Td>
              <Table.Td>{levelText(r.actualLevel)}</Table.Td>
              <Table.Td>{r.reasonForVariance ?? t('app.none')}</Table.Td>
              <Table.Td>{r.ratedByName ?? t('app.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The suggested intensity (decision support only) and the LOCUS results licensed raters entered. */
export function LevelOfCareSection({ clientId, loc }: { clientId: string; loc: LevelOfCareView }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [recording, setRecording] = useState(false);
  const rec = loc.recommendation;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('risk.loc.title')}</Title>
      <Alert color="blue" title={t('risk.loc.decisionSupport')}>
        {rec ? (
          <>
            <Text size="sm" fw={700}>
              {t('risk.loc.suggested', { model: t(`care.models.${rec.model}`) })}
            </Text>
            <List size="sm">
              {rec.reasons.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{t('risk.loc.noSuggestion')}</Text>
        )}
      </Alert>
      <Title order={4}>{t('risk.loc.locusTitle')}</Title>
      {loc.locus.length === 0 ? (
        <Text size="sm">{t('risk.loc.locusNone')}</Text>
      ) : (
        <LocusTable rows={loc.locus} timeZone={timeZone} />
      )}
      {hasRole('clinician') &&
        (recording ? (
          <LocusForm clientId={clientId} onDone={() => setRecording(false)} />
        ) : (
          <div>
            <Button variant="default" onClick={() => setRecording(true)}>
              {t('risk.loc.record')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
