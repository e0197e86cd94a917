import {
  endpoints,
  LOCUS_DIMENSION_LABELS,
  LOCUS_LEVEL_LABELS,
  LocusDimensions,
  LocusLevels,
  type LocusDimension,
  type LocusLevel,
  type LocusResultBody,
} from '@careloop/core';
import { Alert, Button, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useRiskAction } from './use-risk-action.js';
import { fieldsOf } from '../../lib/field-errors.js';

const RATINGS = ['1', '2', '3', '4', '5'] as const;

type Ratings = Partial<Record<LocusDimension, number>>;
/** The attestation is sent as ticked or not: the server names it when it is missing. */
type LocusSubmit = Omit<LocusResultBody, 'raterAttestation'> & { raterAttestation: boolean };

/**
 * LOCUS results as the rater's licensed tool gave them (CLINICAL.md §5.1). Careloop stores the
 * seven ratings and the two levels; it never renders the instrument or computes a level.
 */
export function LocusForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Ratings>({});
  const [recommended, setRecommended] = useState<LocusLevel | null>(null);
  const [actual, setActual] = useState<LocusLevel | null>(null);
  const [variance, setVariance] = useState('');
  const [attested, setAttested] = useState(false);
  const [tried, setTried] = useState(false);
  const save = useRiskAction(
    clientId,
    (body: LocusSubmit) =>
      // An unticked attestation goes as false on purpose: the table types only what the server accepts.
      call(endpoints.assessments.recordLocus, {
        params: { id: clientId },
        body: body as CallBody<typeof endpoints.assessments.recordLocus>,
      }),
    { success: () => t('risk.loc.saved'), onDone },
  );
  const fields = fieldsOf(save.error);
  const levels = LocusLevels.map((l) => ({
    value: String(l),
    label: t('risk.loc.levelOption', { level: l, label: LOCUS_LEVEL_LABELS[l] }),
  }));
  const differ = recommended !== null && actual !== null && recommended !== actual;
  const complete = LocusDimensions.every((d) => ratings[d] !== undefined) && recommended !== null && actual !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!complete || recommended === null || actual === null) return;
    // The server re-checks everything (attestation, variance reason); its messages land on the fields.
    save.mutate({
      ratings: ratings as LocusResultBody['ratings'],
      recommendedLevel: recommended,
      actualLevel: actual,
      reasonForVariance: differ ? variance : null,
      raterAttestation: attested,
    });
  };
  const level = (v: string | null) => (v === null ? null : (Number(v) as LocusLevel));

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`locus-${clientId}`}>
      <Stack gap="sm">
        <Title order={4} id={`locus-${clientId}`}>
          {t('risk.loc.formTitle')}
        </Title>
        <Alert color="blue">{t('risk.loc.formNote')}</Alert>
        {save.error && !Object.keys(fields).length && <ApiErrorAlert error={save.error} />}
        {LocusDimensions.map((d) => (
          <Radio.Group
            key={d}
            label={t('risk.loc.ratingGroup', LOCUS_DIMENSION_LABELS[d])}
            value={ratings[d] === undefined ? null : String(ratings[d])}
            onChange={(v) => setRatings((cur) => ({ ...cur, [d]: Number(v) }))}
            required
            error={fields[`ratings.${d}`] ?? (tried && ratings[d] === undefined ? t('risk.loc.rateAll') : undefined)}
          >
            <Group gap="lg" mt={4}>
              {RATINGS.map((r) => (
                <Radio key={r} value={r} label={r} size="md" />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('risk.loc.recommended')}
            data={levels}
            value={recommended === null ? null : String(recommended)}
            onChange={(v) => setRecommended(level(v))}
            required
            allowDeselect={false}
            error={fields.recommendedLevel ?? (tried && recommended === null ? t('risk.loc.chooseLevel') : undefined)}
          />
          <Select
            label={t('risk.loc.actual')}
            data={levels}
            value={actual === null ? null : String(actual)}
            onChange={(v) => setActual(level(v))}
            required
            allowDeselect={false}
            error={fields.actualLevel ?? (tried && actual === null ? t('risk.loc.chooseLevel') : undefined)}
          />
        </SimpleGrid>
        {differ && (
          <Textarea
            label={t('risk.loc.variance')}
            value={variance}
            onChange={(e) => setVariance(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.reasonForVariance}
          />
        )}
        <Checkbox
          label={t('risk.loc.attest')}
          checked={attested}
          onChange={(e) => setAttested(e.currentTarget.checked)}
          error={fields.raterAttestation}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('risk.loc.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
