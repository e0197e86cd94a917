import { Divider, Stack } from '@mantine/core';
import { AdvocacySection } from './advocacy-section.js';
import { UnmetNeedsSection } from './unmet-needs-section.js';

/** The chart's "Advocacy" tab: the client's advocacy cases and their unmet needs. */
export function AdvocacyPanel({ clientId }: { clientId: string }) {
  return (
    <Stack gap="xl">
      <AdvocacySection clientId={clientId} />
      <Divider />
      <UnmetNeedsSection clientId={clientId} />
    </Stack>
  );
}
