import { endpoints, type CarePlanView, type SignPlanBody } from '@careloop/core';
import { Alert, Button, Checkbox, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { notify } from '../../components/notify.js';
import { useRefreshEpisodes } from '../episodes/care-queries.js';
import { domainLabel } from '../needs/needs-view.js';
import { plansKey } from './care-plan-queries.js';
import { clearLocalDraft } from './draft-storage.js';
import { SignaturePad } from './signature-pad.js';
import type { AutosaveState } from '../../lib/use-versioned-autosave.js';

type Method = SignPlanBody['clientAgreement']['method'];

class NotSavedError extends Error {}

/** The client agrees (signature on screen, or verbal with a reason) and the staff member signs. */
export function SignStep({
  plan,
  flush,
  version,
  saveState,
  incomplete,
  approvalRequired,
}: {
  plan: CarePlanView;
  flush: () => Promise<boolean>;
  version: () => number;
  saveState: AutosaveState<CarePlanView>;
  /** Fields still to be written (marked in the editor): the client signs a complete plan only. */
  incomplete: number;
  /** The program's supervisor approves before the plan takes effect. */
  approvalRequired: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refreshEpisodes = useRefreshEpisodes(plan.clientId);
  const [method, setMethod] = useState<Method>('signature');
  const [signature, setSignature] = useState<string | null>(null);
  const [verbalReason, setVerbalReason] = useState('');
  const [changeSummary, setChangeSummary] = useState('');
  const [attested, setAttested] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const sign = useMutation({
    mutationFn: async () => {
      // What is on screen must be what the client agrees to: save first.
      if (!(await flush())) throw new NotSavedError(t('carePlan.saveBeforeSigning'));
      if (incomplete > 0) throw new NotSavedError(t('carePlan.finishBeforeSigning', { count: incomplete }));
      const body = {
        clientAgreement:
          method === 'signature'
            ? { method, signatureDataUrl: signature }
            : { method, verbalReason: verbalReason.trim() || null },
        staffAttestation: attested,
        changeSummary: changeSummary.trim() || null,
        version: version(),
      };
      // An unticked attestation goes as false on purpose: the server names it on the field.
      return call(endpoints.carePlans.sign, {
        params: { id: plan.id },
        body: body as CallBody<typeof endpoints.carePlans.sign>,
      });
    },
    onSuccess: async (view) => {
      clearLocalDraft(plan.id);
      notify(
        view.status === 'pending_approval'
          ? t('planApproval.sentForApproval', { n: view.versionNumber })
          : t('carePlan.signed', { n: view.versionNumber }),
      );
      await Promise.all([queryClient.invalidateQueries({ queryKey: plansKey(plan.episodeId) }), refreshEpisodes()]);
    },
  });
  const err = sign.error;
  const fields = fieldsOf(err);
  const missing =
    err instanceof ApiError && err.code === 'plan_incomplete' && Array.isArray(err.details.missing)
      ? (err.details.missing as string[])
      : null;
  useEffect(() => {
    if (err) errorRef.current?.focus();
  }, [err]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`sign-${plan.id}`}>
      <Stack gap="sm">
        <Title order={4} id={`sign-${plan.id}`}>
          {t('carePlan.signTitle')}
        </Title>
        <Text size="sm">{t('carePlan.signIntro')}</Text>
        {err && (
          <Alert color="red" role="alert" ref={errorRef} tabIndex={-1} title={t('carePlan.notSigned')}>
            {missing ? (
              <>
                <Text size="sm">{err.message}</Text>
                <List size="sm">
                  {missing.map((d) => (
                    <List.Item key={d}>{domainLabel(d)}</List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">{err instanceof Error ? err.message : t('app.genericError')}</Text>
            )}
          </Alert>
        )}
        <Radio.Group
          label={t('carePlan.agreementMethod')}
          value={method}
          onChange={(v) => setMethod(v === 'verbal' ? 'verbal' : 'signature')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="signature" label={t('carePlan.methodSignature')} />
            <Radio value="verbal" label={t('carePlan.methodVerbal')} />
          </Stack>
        </Radio.Group>
        {method === 'signature' ? (
          <>
            <SignaturePad onChange={setSignature} />
            {fields['clientAgreement.signatureDataUrl'] && (
              <Text size="sm" c="red.8">
                {fields['clientAgreement.signatureDataUrl']}
              </Text>
            )}
          </>
        ) : (
          <Textarea
            label={t('carePlan.verbalReason')}
            withAsterisk
            autosize
            minRows={2}
            value={verbalReason}
            error={fields['clientAgreement.verbalReason']}
            onChange={(e) => setVerbalReason(e.currentTarget.value)}
          />
        )}
        {plan.versionNumber > 1 && (
          <Textarea
            label={t('carePlan.changeSummary')}
            withAsterisk
            autosize
            minRows={2}
            value={changeSummary}
            error={fields.changeSummary}
            onChange={(e) => setChangeSummary(e.currentTarget.value)}
          />
        )}
        <Checkbox
          label={t('carePlan.attestation')}
          checked={attested}
          error={fields.staffAttestation}
          onChange={(e) => setAttested(e.currentTarget.checked)}
        />
        <Button
          onClick={() => sign.mutate()}
          loading={sign.isPending}
          disabled={saveState.kind === 'conflict'}
          style={{ alignSelf: 'flex-start' }}
        >
          {approvalRequired ? t('planApproval.signButton') : t('carePlan.signButton')}
        </Button>
      </Stack>
    </Paper>
  );
}
