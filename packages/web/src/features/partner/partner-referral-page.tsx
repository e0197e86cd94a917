import { endpoints, type PartnerPacketView } from '@careloop/core';
import { Box, Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { PartnerAnswerSection } from './partner-answer.js';
import { PartnerPacket } from './partner-packet.js';

const packetKey = (token: string) => ['partner-packet', token];

/**
 * Public, no sign-in: the receiving provider reads the referral packet (minimum necessary) and
 * answers through the link. Built for a phone first: one column, large buttons, plain words.
 */
export function PartnerReferralPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const packet = useQuery({
    queryKey: packetKey(token),
    queryFn: () => call(endpoints.partner.packet, { params: { token } }, { noReauth: true }),
    retry: false,
  });
  // A revoked, expired or mistyped link: the server says 404 (400 for a malformed token).
  const gone = packet.error instanceof ApiError && [400, 404].includes(packet.error.status);
  const onAnswered = (next: PartnerPacketView) => {
    queryClient.setQueryData(packetKey(token), next);
    setSaved(true);
  };
  return (
    <Box bg="gray.0" mih="100vh" py={{ base: 'xs', sm: 'lg' }}>
      <Container size="sm" px={{ base: 'xs', sm: 'md' }}>
        <Paper component="main" withBorder p={{ base: 'md', sm: 'xl' }}>
          {packet.isLoading && (
            <Center>
              <Loader aria-label={t('partner.loading')} />
            </Center>
          )}
          {gone && <LinkGone />}
          {!gone && <ApiErrorAlert error={packet.error} />}
          {packet.data && (
            <Stack gap="lg">
              <PartnerPacket packet={packet.data} />
              {saved && <Thanks name={packet.data.referredBy.name ?? packet.data.referredBy.organizationName} />}
              <PartnerAnswerSection
                key={packet.data.status}
                token={token}
                packet={packet.data}
                onAnswered={onAnswered}
                onStart={() => setSaved(false)}
              />
            </Stack>
          )}
        </Paper>
      </Container>
    </Box>
  );
}

function LinkGone() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('partner.goneTitle')}</Title>
      <Text size="lg">{t('partner.goneBody')}</Text>
    </Stack>
  );
}

/** Said out loud by screen readers: focus moves to the thanks once an answer is sent. */
function Thanks({ name }: { name: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Text ref={ref} tabIndex={-1} role="status" size="lg" fw={700} c="teal.9">
      {t('partner.saved', { name })}
    </Text>
  );
}
