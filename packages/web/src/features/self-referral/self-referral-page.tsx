import { endpoints } from '@careloop/core';
import { Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { CrisisBanner } from './crisis-banner.js';
import { SelfReferralForm } from './self-referral-form.js';

/**
 * Public, no sign-in: a person or a family member asks for help. It shows nothing back but a
 * reference and crisis resources, so it cannot be used to look anything up.
 */
export function SelfReferralPage() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  const [notSafe, setNotSafe] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const resources = useQuery({
    queryKey: ['public-resources'],
    queryFn: () => call(endpoints.public.resources, {}, { noReauth: true }),
    staleTime: 10 * 60_000,
  });
  const unavailable = resources.error instanceof ApiError && resources.error.status === 404;

  // Screen readers hear the confirmation: focus moves to it when the form is replaced.
  useEffect(() => {
    if (reference) doneHeading.current?.focus();
  }, [reference]);

  return (
    <Box bg="gray.0" mih="100vh" py="lg">
      <Container size="sm">
        <CrisisBanner resources={resources.data} />
        <Paper component="main" withBorder p={{ base: 'md', sm: 'xl' }}>
          {reference ? (
            <Stack>
              <Title order={1} ref={doneHeading} tabIndex={-1}>
                {t('selfReferral.doneTitle')}
              </Title>
              <Text size="lg" fw={700}>
                {t('selfReferral.reference', { reference })}
              </Text>
              {notSafe && (
                <Text fw={700} c="red.9" role="alert">
                  {t('selfReferral.doneNotSafe')}
                </Text>
              )}
              <Text>{t('selfReferral.doneBody')}</Text>
            </Stack>
          ) : (
            <Stack>
              <Title order={1}>{t('selfReferral.title')}</Title>
              {resources.data && <Text c="gray.7">{resources.data.organizationName}</Text>}
              {unavailable ? (
                <Text role="alert">{t('selfReferral.unavailable')}</Text>
              ) : (
                <>
                  <Text>{t('selfReferral.intro')}</Text>
                  <SelfReferralForm
                    resources={resources.data}
                    onSent={(ref, unsafe) => {
                      setNotSafe(unsafe);
                      setReference(ref);
                    }}
                  />
                </>
              )}
            </Stack>
          )}
        </Paper>
      </Container>
    </Box>
  );
}
