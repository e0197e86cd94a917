import type { IntakeView } from '@careloop/core';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { languageName } from '../../lib/language-name.js';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value || t('intake.none')}
      </Text>
    </div>
  );
}

/** What the person (or the referrer) told us. Rendered as text: never as HTML. */
export function IntakePerson({ intake }: { intake: IntakeView }) {
  const { t } = useTranslation();
  const referrer = [intake.referrerName, intake.referrerContact].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="intake-person-title">
      <Title order={2} size="h3" mb="sm" id="intake-person-title">
        {t('intake.personTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="sm">
        <Field label={t('intake.dateOfBirth')} value={intake.dateOfBirth && formatDate(intake.dateOfBirth)} />
        <Field label={t('intake.phone')} value={intake.phone} />
        <Field label={t('intake.email')} value={intake.email} />
        <Field
          label={t('intake.preferredContact')}
          value={intake.preferredContact && t(`intake.contactMethods.${intake.preferredContact}`)}
        />
        <Field label={t('intake.okToLeaveMessage')} value={intake.okToLeaveMessage ? t('app.yes') : t('app.no')} />
        {intake.safeContactNote && <Field label={t('intake.safeContactNote')} value={intake.safeContactNote} />}
        <Field
          label={t('intake.preferredLanguage')}
          value={intake.preferredLanguage && languageName(intake.preferredLanguage)}
        />
        {intake.submittedBy && (
          <Field
            label={t('intake.submittedByLabel')}
            value={[t(`intake.submittedBy.${intake.submittedBy}`), intake.submitterName].filter(Boolean).join(': ')}
          />
        )}
        {referrer && <Field label={t('intake.referrer')} value={referrer} />}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {intake.reason && <Field label={t('intake.reason')} value={intake.reason} />}
        <Field label={t('intake.needsLabel')} value={intake.needs.map((n) => t(`intake.needs.${n}`)).join(', ')} />
      </SimpleGrid>
      {intake.message && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <Field label={t('intake.message')} value={intake.message} />
        </div>
      )}
    </Paper>
  );
}
