import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { allianceMessages, allianceRoutes } from '@pakt/web-alliance';
import {
  AccountMenu,
  identityMessages,
  memberIdentityRoutes,
  publicIdentityRoutes,
  RequireSignIn,
  SessionProvider,
  useMemberNavigation,
} from '@pakt/web-identity';
import { AppShell, createI18n, NotFound, useCommonMessages } from '@pakt/web-ui';

const i18n = createI18n([allianceMessages, identityMessages]);

function Layout() {
  const { t } = useCommonMessages();
  const navigation = useMemberNavigation([{ to: '/', label: t('navigation.alliances') }]);
  return (
    <AppShell navigation={navigation} account={<AccountMenu />}>
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
      { element: <RequireSignIn />, children: [...allianceRoutes, ...memberIdentityRoutes] },
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
