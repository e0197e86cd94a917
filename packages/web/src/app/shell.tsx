import { Anchor, AppShell, Box, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { PageBoundary } from '../components/page-boundary.js';
import { ReauthModal } from '../components/reauth-modal.js';
import { SessionExpiryWarning } from '../components/session-expiry-warning.js';
import { NotificationBell } from '../features/notifications/notification-bell.js';
import { useSession } from '../lib/session.js';

const MODULES = ['caseload', 'tasks', 'clients', 'referrals', 'directory'] as const;

export function Shell() {
  const { t } = useTranslation();
  const { me, signOut, hasRole } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const isActive = (path: string) => location.pathname === path || location.pathname.startsWith(`${path}/`);

  const link = (path: string, label: string) => (
    <NavLink key={path} component={RouterLink} to={path} label={label} active={isActive(path)} onClick={close} />
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.toggleNavigation')} />
            <Text fw={700} size="lg" component="span">
              {t('app.name')}
            </Text>
            <Text size="sm" c="gray.7" visibleFrom="md" component="span">
              {me?.organization.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('user.menu', { name: me?.name ?? '' })}>
                  <Text size="sm" fw={500} truncate maw={180}>
                    {me?.name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {t('user.roles')}: {me?.roles.map((r) => t(`roles.${r}`)).join(', ')}
                </Menu.Label>
                <Menu.Item onClick={() => void navigate('/account')}>{t('account.menu')}</Menu.Item>
                <Menu.Item
                  onClick={() => {
                    void signOut().then(() => navigate('/login'));
                  }}
                >
                  {t('user.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.mainNavigation')} component="nav">
        <ScrollArea>
          {MODULES.map((m) => link(`/${m}`, t(`nav.${m}`)))}
          {link('/on-call', t('onCall.nav'))}
          {hasRole('intake_coordinator', 'supervisor') && link('/intake', t('nav.intake'))}
          {hasRole('supervisor', 'admin') && link('/reports', t('nav.reports'))}
          {hasRole('supervisor', 'admin') && link('/post-discharge', t('hospital.nav'))}
          {hasRole('supervisor', 'admin') && link('/admin/crisis-settings', t('crisisSettings.nav'))}
          {hasRole('supervisor') && link('/supervision', t('nav.supervision'))}
          {hasRole('supervisor') && link('/cosign', t('cosign.nav'))}
          {hasRole('admin', 'privacy_officer') && (
            <Box mt="md">
              <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="sm" mb={4} component="div">
                {t('nav.admin')}
              </Text>
              {hasRole('admin') && link('/admin/users', t('nav.users'))}
              {hasRole('admin') && link('/admin/programs', t('nav.programs'))}
              {hasRole('admin') && link('/admin/instruments', t('instrumentsAdmin.nav'))}
              {hasRole('admin') && link('/admin/duplicates', t('nav.duplicates'))}
              {link('/admin/approvals', t('approvals.nav'))}
              {link('/admin/audit', t('nav.audit'))}
            </Box>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* Pages load on demand: the navigation stays put while one downloads. */}
        <PageBoundary resetKey={location.pathname}>
          <Outlet />
        </PageBoundary>
      </AppShell.Main>
      <SessionExpiryWarning />
      <ReauthModal />
    </AppShell>
  );
}
