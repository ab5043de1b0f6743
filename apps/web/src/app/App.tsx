import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as GraphqlProvider } from 'urql';
import { allianceMessages, allianceRoutes } from '@pakt/web-alliance';
import { createGraphqlClient } from '@pakt/web-data';
import { AppShell, createI18n, NotFound, useCommonMessages } from '@pakt/web-ui';

const i18n = createI18n([allianceMessages]);
const graphqlClient = createGraphqlClient();

function Layout() {
  const { t } = useCommonMessages();
  return (
    <AppShell navigation={[{ to: '/', label: t('navigation.alliances') }]}>
      <Outlet />
    </AppShell>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [...allianceRoutes, { path: '*', element: <NotFound /> }],
  },
]);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <GraphqlProvider value={graphqlClient}>
        <RouterProvider router={router} />
      </GraphqlProvider>
    </I18nextProvider>
  );
}
