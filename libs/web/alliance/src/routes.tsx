import type { RouteObject } from 'react-router';
import { AllianceListPage } from './pages/AllianceListPage';
import { AllianceOverviewPage } from './pages/AllianceOverviewPage';
import { ALLIANCE_ROUTE } from './paths';

/** The alliance pages, for the app's router: the list is the start page. */
export const allianceRoutes: RouteObject[] = [
  { index: true, element: <AllianceListPage /> },
  { path: ALLIANCE_ROUTE, element: <AllianceOverviewPage /> },
];
