import type { RouteObject } from 'react-router';
import { IndicatorPage } from './pages/IndicatorPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { INDICATOR_ROUTE, INDICATORS_ROUTE } from './paths';

/** An alliance's indicators; put them below <RequireSignIn /> (they show "not found" outside one's alliances). */
export const indicatorRoutes: RouteObject[] = [
  { path: INDICATORS_ROUTE, element: <IndicatorsPage /> },
  { path: INDICATOR_ROUTE, element: <IndicatorPage /> },
];
