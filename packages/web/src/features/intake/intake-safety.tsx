import type { IntakeView } from '@careloop/core';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why a referral is emergent, and the person's own answers about safety and safe contact. */
export function IntakeSafety({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  const emergent = intake.emergentReasons.length > 0;
  if (!emergent && intake.safeNow === null && !intake.safeContactNote) return null;
  return (
    <Alert
      color={emergent ? 'red' : 'gray'}
      role={emergent ? 'alert' : undefined}
      mb="md"
      title={emergent ? t('intakeSafety.emergentTitle') : t('intakeSafety.title')}
    >
      {emergent && (
        <List size="sm">
          {intake.emergentReasons.map((r) => (
            <List.Item key={r}>{t(`intakeSafety.reasons.${r}`)}</List.Item>
          ))}
        </List>
      )}
      {intake.safeNow !== null && (
        <Text size="sm">{intake.safeNow ? t('intakeSafety.saidSafe') : t('intakeSafety.saidNotSafe')}</Text>
      )}
      {intake.safeContactNote && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('intakeSafety.safeContact', { note: intake.safeContactNote })}
        </Text>
      )}
    </Alert>
  );
}
