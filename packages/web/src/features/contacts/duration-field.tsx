import { Fieldset, Group, NumberInput, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DURATION_PICKS } from './contact-model.js';

const OTHER = 'other';

/** 15/30/45/60 minutes in one tap; "Other" opens a number field. */
export function DurationField({
  pick,
  custom,
  onChange,
  error,
}: {
  pick: number | null;
  custom: string;
  onChange: (pick: number | null, custom: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('contacts.duration')} variant="unstyled">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          size="md"
          value={pick === null ? OTHER : String(pick)}
          onChange={(v) => onChange(v === OTHER ? null : Number(v), custom)}
          data={[
            ...DURATION_PICKS.map((m) => ({ value: String(m), label: t('contacts.minutes', { count: m }) })),
            { value: OTHER, label: t('contacts.otherDuration') },
          ]}
        />
        {pick === null && (
          <NumberInput
            label={t('contacts.durationMinutes')}
            min={0}
            max={1440}
            allowDecimal={false}
            allowNegative={false}
            w={160}
            value={custom}
            onChange={(v) => onChange(null, String(v))}
            error={error}
          />
        )}
      </Group>
    </Fieldset>
  );
}
