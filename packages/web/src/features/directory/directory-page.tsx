import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../lib/session.js';
import { EXPORT_CSV_HREF } from './directory-queries.js';
import { DirectorySearch } from './directory-search.js';

/** /directory: search the service directory; editors also add, import and export. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useSession().hasRole('admin', 'directory_editor');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('directory.title')}</Title>
        <Group gap="xs">
          <Anchor href={EXPORT_CSV_HREF} download="directory.csv" size="sm">
            {t('directory.export')}
          </Anchor>
          {editor && (
            <>
              <Button variant="default" component={Link} to="/directory/import">
                {t('directory.import')}
              </Button>
              <Button component={Link} to="/directory/new">
                {t('directory.newService')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      <Text size="sm">{t('directory.intro')}</Text>
      <DirectorySearch onPick={(s) => void navigate(`/directory/services/${s.id}`)} pickLabel={t('directory.open')} />
    </Stack>
  );
}
