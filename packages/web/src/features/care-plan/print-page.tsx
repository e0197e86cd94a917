import { Anchor, Button, Center, Container, Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ReauthModal } from '../../components/reauth-modal.js';
import { isMerged, useClient } from '../clients/use-client.js';
import { useClientEpisodes } from '../episodes/care-queries.js';
import { usePlan } from './care-plan-queries.js';
import { PrintedPlan } from './printed-plan.js';

const PRINT_CSS = `
@media print {
  .careloop-no-print { display: none !important; }
  body { background: #fff; }
}`;

/**
 * The client's take-home copy: no navigation, nothing internal (no MRN, restatements, weights, ids).
 * The controls around it are for staff and stay in the app's language; the copy is in the client's.
 */
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
        <PrintedPlan
          client={c}
          plan={p}
          timeZone={timeZone}
          team={episodes.data?.items.find((e) => e.id === p.episodeId)?.team ?? []}
        />
      )}
    </Container>
  );
}
