import type { RouteObject } from 'react-router';
import { AmendmentPage } from './pages/AmendmentPage';
import { DecidingPage } from './pages/DecidingPage';
import { DeclarationPage } from './pages/DeclarationPage';
import { DeclarationsPage } from './pages/DeclarationsPage';
import { DraftEditPage } from './pages/DraftEditPage';
import { EndorsementsPage } from './pages/EndorsementsPage';
import { HistoryPage } from './pages/HistoryPage';
import { NewAmendmentPage } from './pages/NewAmendmentPage';
import {
  AMENDMENT_ROUTE,
  DECIDING_ROUTE,
  DECLARATION_EDIT_ROUTE,
  DECLARATION_HISTORY_ROUTE,
  DECLARATION_ROUTE,
  DECLARATIONS_ROUTE,
  ENDORSEMENTS_ROUTE,
  NEW_AMENDMENT_ROUTE,
} from './paths';

/** The joint declarations' pages, for members only: put them below <RequireSignIn />. */
export const declarationRoutes: RouteObject[] = [
  { path: DECLARATIONS_ROUTE, element: <DeclarationsPage /> },
  { path: DECLARATION_ROUTE, element: <DeclarationPage /> },
  { path: DECLARATION_EDIT_ROUTE, element: <DraftEditPage /> },
  { path: DECLARATION_HISTORY_ROUTE, element: <HistoryPage /> },
  { path: NEW_AMENDMENT_ROUTE, element: <NewAmendmentPage /> },
  { path: AMENDMENT_ROUTE, element: <AmendmentPage /> },
  { path: DECIDING_ROUTE, element: <DecidingPage /> },
  { path: ENDORSEMENTS_ROUTE, element: <EndorsementsPage /> },
];
