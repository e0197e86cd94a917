import type { IntakeView } from '@careloop/core';
import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';

/** What the first-contact screen found, and what it asks for next. */
export function FirstContactSummary({ intake, tz }: { intake: IntakeView; tz: string }) {
  const { t } = useTranslation();
  const s = intake.firstContactScreen;
  if (!s) return null;
  const risky = s.cssrsRiskLevel === 'moderate' || s.cssrsRiskLevel === 'high';
  return (
    <Alert
      color={risky ? 'red' : 'blue'}
      title={t('intakeScreen.summaryTitle', { date: formatDateTime(s.at, tz), name: s.screenedByName ?? '' })}
    >
      <Stack gap={4}>
        <Text size="sm">{t(`intakeScreen.methods.${s.method}`)}</Text>
        {s.notScreenedReason ? (
          <Text size="sm">{t('intakeScreen.notScreenedSummary', { reason: s.notScreenedReason })}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('intakeScreen.phq2Summary', {
                total: s.phq2?.total ?? '—',
                result: s.phq2?.positive ? t('intakeScreen.positive') : t('intakeScreen.negative'),
              })}
            </Text>
            <Text size="sm" fw={risky ? 700 : 400}>
              {t('intakeScreen.cssrsSummary', {
                level: s.cssrsRiskLevel ? t(`intakeScreen.levels.${s.cssrsRiskLevel}`) : '—',
              })}
            </Text>
          </>
        )}
        {s.nextSteps.length > 0 && (
          <List size="sm">
            {s.nextSteps.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
        )}
        {s.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.note}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
