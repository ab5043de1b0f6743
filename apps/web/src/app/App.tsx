import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { adminMessages, adminRoutes, useAdminNavigation } from '@pakt/web-admin';
import { allianceMessages, allianceRoutes } from '@pakt/web-alliance';
import { recommendationMessages, recommendationRoutes } from '@pakt/web-recommendation';
import {
  AccountMenu,
  identityMessages,
  memberIdentityRoutes,
  publicIdentityRoutes,
  RequireSignIn,
  SessionProvider,
  useMemberNavigation,
} from '@pakt/web-identity';
import { indicatorMessages, indicatorRoutes } from '@pakt/web-indicator';
import { initiativeMessages, initiativeRoutes } from '@pakt/web-initiative';
import { searchMessages, searchRoutes } from '@pakt/web-search';
import { planMessages, planRoutes } from '@pakt/web-plan';
import { decisionsMessages, decisionsRoutes } from '@pakt/web-decisions';
import { declarationMessages, declarationRoutes } from '@pakt/web-declaration';
import { AppShell, createI18n, NotFound, useCommonMessages } from '@pakt/web-ui';
import { useAllianceNavigation } from './alliance-navigation';

const i18n = createI18n([planMessages, indicatorMessages, searchMessages, recommendationMessages, allianceMessages, identityMessages, adminMessages, decisionsMessages, declarationMessages, initiativeMessages]);

function Layout() {
  const { t } = useCommonMessages();
  const memberNavigation = useMemberNavigation([{ to: '/', label: t('navigation.alliances') }]);
  // Members' navigation is empty for visitors; only the secretariat gets "Verwaltung" after it.
  const adminNavigation = useAdminNavigation(memberNavigation.length > 0);
  const allianceNavigation = useAllianceNavigation();
  return (
    <AppShell navigation={[...memberNavigation, ...adminNavigation]} sectionNavigation={allianceNavigation} account={<AccountMenu />}>
      <Outlet />
    </AppShell>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...publicIdentityRoutes,
      // Everything about alliances is for their members only.
      { element: <RequireSignIn />, children: [...planRoutes, ...indicatorRoutes, ...searchRoutes, ...recommendationRoutes, ...allianceRoutes, ...memberIdentityRoutes, ...adminRoutes, ...decisionsRoutes, ...declarationRoutes, ...initiativeRoutes] },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nextProvider>
  );
}
