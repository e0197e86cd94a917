import type { ClientView } from '@careloop/core';
import { Alert, Anchor, Button, Center, Container, Group, Image, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, todayIn } from '../../app/format-date.js';
import { useSession } from '../../app/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ReauthModal } from '../../components/reauth-modal.js';
import { isMerged, useClient } from '../clients/use-client.js';
import { useClientEpisodes } from '../episodes/care-queries.js';
import { usePlan } from './care-plan-queries.js';
import { PlanReadView } from './plan-read-view.js';

const PRINT_CSS = `
@media print {
  .careloop-no-print { display: none !important; }
  body { background: #fff; }
}`;

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function LanguageNote({ client }: { client: ClientView }) {
  const { t } = useTranslation();
  const language = languageName(client.preferredLanguage);
  const english = client.preferredLanguage.toLowerCase().startsWith('en');
  return (
    <Text size="sm">
      {english && !client.interpreterNeeded
        ? t('carePlan.print.language', { language })
        : t('carePlan.print.languageOther', { language })}
    </Text>
  );
}

/** The client's take-home copy: no navigation, nothing internal (no MRN, restatements, weights, ids). */
export function CarePlanPrintPage() {
  const { t } = useTranslation();
  const { id, planId } = useParams();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const client = useClient(id);
  const plan = usePlan(planId);
  // The plan's care team tells an external service (named on an intervention) from staff.
  const episodes = useClientEpisodes(id ?? '');
  const c = client.data && !isMerged(client.data) ? client.data : null;
  const p = episodes.isLoading ? undefined : plan.data;
  return (
    <Container size="md" component="main" py="lg">
      <style>{PRINT_CSS}</style>
      <ReauthModal />
      <Group justify="space-between" mb="md" className="careloop-no-print">
        <Anchor component={Link} to={`/clients/${id ?? ''}`}>
          {t('carePlan.print.back')}
        </Anchor>
        <Button onClick={() => window.print()} disabled={!p || !c}>
          {t('carePlan.print.print')}
        </Button>
      </Group>
      <ApiErrorAlert error={client.error ?? plan.error} />
      {(client.isLoading || plan.isLoading || episodes.isLoading) && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {c && p && (
        <Stack gap="md">
          <Title order={1}>{t('carePlan.print.title')}</Title>
          <Text fw={600}>
            {t('carePlan.print.preparedFor', { name: `${c.preferredName ?? c.firstName} ${c.lastName}` })}
          </Text>
          <LanguageNote client={c} />
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
              {t('carePlan.print.reviewDue', { date: formatDate(todayIn(timeZone, new Date(p.reviewDueAt))) })}
            </Text>
          )}
          <PlanReadView
            content={p.content}
            audience="client"
            order={2}
            team={episodes.data?.items.find((e) => e.id === p.episodeId)?.team ?? []}
          />
          <Stack gap={4}>
            <Title order={2}>{t('carePlan.print.agreementTitle')}</Title>
            {p.signedAt ? (
              <>
                <Text size="sm">
                  {p.clientAgreementMethod === 'verbal'
                    ? t('carePlan.print.agreedVerbally', { date: formatDateTime(p.signedAt, timeZone) })
                    : t('carePlan.print.agreedSigned', { date: formatDateTime(p.signedAt, timeZone) })}
                </Text>
                {p.signatureDataUrl && (
                  <Image src={p.signatureDataUrl} alt={t('carePlan.print.signatureAlt')} maw={360} />
                )}
                <Text size="sm">{t('carePlan.print.staffSigned', { name: p.signedByName ?? t('app.none') })}</Text>
              </>
            ) : (
              <Text size="sm">{t('carePlan.print.notAgreed')}</Text>
            )}
          </Stack>
        </Stack>
      )}
    </Container>
  );
}
