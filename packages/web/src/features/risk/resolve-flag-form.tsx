import { endpoints, type ClientFlagView, type ResolveFlagBody } from '@careloop/core';
import { Button, Stack, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { checkResolveFlag } from './resolve-flag-model.js';
import { useRiskAction } from './use-risk-action.js';
import { fieldsOf } from '../../lib/field-errors.js';

/** A clinician clears a flag only by documenting the risk assessment that justifies it. */
export function ResolveFlagForm({ flag }: { flag: ClientFlagView }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // Checked on the first submit and from then on as the clinician types.
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const resolve = useRiskAction(
    flag.clientId,
    (body: ResolveFlagBody) => call(endpoints.assessments.resolveFlag, { params: { id: flag.id }, body }),
    {
      success: () => t('risk.flags.cleared'),
      onDone: () => {
        setText('');
        setTried(false);
      },
    },
  );
  const check = checkResolveFlag(text, flag.version);
  const local = tried && !check.ok ? check.fields : {};
  const fields = fieldsOf(resolve.error);
  const idBase = `resolve-${flag.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (check.ok) resolve.mutate(check.body);
    else field.current?.focus();
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${idBase}-title`}>
      <Stack gap="xs">
        <Title order={5} id={`${idBase}-title`}>
          {t('risk.flags.clearTitle')}
        </Title>
        {resolve.error && !Object.keys(fields).length && <ApiErrorAlert error={resolve.error} />}
        <Textarea
          label={t('risk.flags.clearLabel')}
          description={t('risk.flags.clearHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          ref={field}
          required
          autosize
          minRows={4}
          error={local.riskAssessment ?? fields.riskAssessment}
        />
        <div>
          <Button type="submit" color="red.9" loading={resolve.isPending}>
            {t('risk.flags.clearSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
