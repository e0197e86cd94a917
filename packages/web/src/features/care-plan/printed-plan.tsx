import type { CarePlanView, CareTeamMemberView, ClientView } from '@careloop/core';
import { Alert, Image, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatDateTime, todayIn } from '../../lib/format-date.js';
import { languageName } from '../../lib/language-name.js';
import { PlanReadView } from './plan-read-view.js';
import { DocumentLanguageProvider, primaryLanguage, printLanguage, useDocumentTranslation } from './print-language.js';

function LanguageNote({ client }: { client: ClientView }) {
  const { t, lng } = useDocumentTranslation();
  const language = languageName(client.preferredLanguage, lng);
  // Printed in the client's language: say so (and that an interpreter can go over it when needed);
  // otherwise invite them to ask for it in their language.
  const inTheirLanguage = primaryLanguage(client.preferredLanguage) === lng;
  if (inTheirLanguage) {
    return (
      <Text size="sm">
        {client.interpreterNeeded
          ? t('carePlan.print.languageInterpreter', { language })
          : t('carePlan.print.language', { language })}
      </Text>
    );
  }
  return <Text size="sm">{t('carePlan.print.languageOther', { language })}</Text>;
}

interface Props {
  client: ClientView;
  plan: CarePlanView;
  timeZone: string;
  /** The plan's care team: an external member named on an intervention prints as a service. */
  team: readonly CareTeamMemberView[];
}

function PlanDocument({ client, plan, timeZone, team }: Props) {
  const { t, lng, locale } = useDocumentTranslation();
  const p = plan;
  return (
    <Stack gap="md" lang={lng}>
      <Title order={1}>{t('carePlan.print.title')}</Title>
      <Text fw={600}>
        {t('carePlan.print.preparedFor', { name: `${client.preferredName ?? client.firstName} ${client.lastName}` })}
      </Text>
      <LanguageNote client={client} />
      <Text size="sm">{t('carePlan.print.version', { n: p.versionNumber })}</Text>
      {p.status !== 'effective' && (
        <Alert color="yellow">
          {t(
            p.status === 'superseded'
              ? 'carePlan.print.superseded'
              : p.status === 'pending_approval'
                ? 'carePlan.print.pendingApproval'
                : 'carePlan.print.draft',
          )}
        </Alert>
      )}
      {p.status === 'effective' && p.reviewDueAt && (
        <Text size="sm">
          {t('carePlan.print.reviewDue', { date: formatDate(todayIn(timeZone, new Date(p.reviewDueAt)), locale) })}
        </Text>
      )}
      <PlanReadView content={p.content} audience="client" order={2} team={team} />
      <Stack gap={4}>
        <Title order={2}>{t('carePlan.print.agreementTitle')}</Title>
        {p.signedAt ? (
          <>
            <Text size="sm">
              {t(
                p.clientAgreementMethod === 'verbal' ? 'carePlan.print.agreedVerbally' : 'carePlan.print.agreedSigned',
                {
                  date: formatDateTime(p.signedAt, timeZone, locale),
                },
              )}
            </Text>
            {p.signatureDataUrl && <Image src={p.signatureDataUrl} alt={t('carePlan.print.signatureAlt')} maw={360} />}
            <Text size="sm">{t('carePlan.print.staffSigned', { name: p.signedByName ?? t('app.none') })}</Text>
          </>
        ) : (
          <Text size="sm">{t('carePlan.print.notAgreed')}</Text>
        )}
      </Stack>
    </Stack>
  );
}

/**
 * The client's take-home copy in their language where we have its wording (Spanish), else English
 * with a note; `lang` tells screen readers and axe which language the copy is in.
 */
export function PrintedPlan(props: Props) {
  return (
    <DocumentLanguageProvider value={printLanguage(props.client.preferredLanguage)}>
      <PlanDocument {...props} />
    </DocumentLanguageProvider>
  );
}
