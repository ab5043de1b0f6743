import type { RouteObject } from 'react-router';
import { DashboardPage } from './pages/DashboardPage';
import { EditInitiativePage } from './pages/EditInitiativePage';
import { ImportPage } from './pages/ImportPage';
import { InitiativePage } from './pages/InitiativePage';
import { NewInitiativePage } from './pages/NewInitiativePage';
import { ProgressReportPage } from './pages/ProgressReportPage';
import { PublishedPage } from './pages/PublishedPage';
import { RegisterPage } from './pages/RegisterPage';
import {
  EDIT_INITIATIVE_ROUTE,
  INITIATIVE_DASHBOARD_ROUTE,
  INITIATIVE_IMPORT_ROUTE,
  INITIATIVE_ROUTE,
  INITIATIVES_ROUTE,
  NEW_INITIATIVE_ROUTE,
  NEW_PROGRESS_REPORT_ROUTE,
  PUBLISHED_INITIATIVES_ROUTE,
} from './paths';

/** The initiative register of an alliance; put them below <RequireSignIn /> (they show "not found" outside one's alliances). */
export const initiativeRoutes: RouteObject[] = [
  { path: INITIATIVES_ROUTE, element: <RegisterPage /> },
  { path: NEW_INITIATIVE_ROUTE, element: <NewInitiativePage /> },
  { path: INITIATIVE_DASHBOARD_ROUTE, element: <DashboardPage /> },
  { path: INITIATIVE_IMPORT_ROUTE, element: <ImportPage /> },
  { path: PUBLISHED_INITIATIVES_ROUTE, element: <PublishedPage /> },
  { path: INITIATIVE_ROUTE, element: <InitiativePage /> },
  { path: EDIT_INITIATIVE_ROUTE, element: <EditInitiativePage /> },
  { path: NEW_PROGRESS_REPORT_ROUTE, element: <ProgressReportPage /> },
];
