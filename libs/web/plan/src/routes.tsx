import type { RouteObject } from 'react-router';
import { PlanBuilderPage } from './pages/PlanBuilderPage';
import { PlanComparePage } from './pages/PlanComparePage';
import { PlanPage } from './pages/PlanPage';
import { PlanVersionPage } from './pages/PlanVersionPage';
import { PLAN_COMPARE_ROUTE, PLAN_ROUTE, PLAN_VERSION_EDIT_ROUTE, PLAN_VERSION_ROUTE } from './paths';

/** The alliance plan's pages, for members only: put them below <RequireSignIn />. */
export const planRoutes: RouteObject[] = [
  { path: PLAN_ROUTE, element: <PlanPage /> },
  { path: PLAN_COMPARE_ROUTE, element: <PlanComparePage /> },
  { path: PLAN_VERSION_ROUTE, element: <PlanVersionPage /> },
  { path: PLAN_VERSION_EDIT_ROUTE, element: <PlanBuilderPage /> },
];
