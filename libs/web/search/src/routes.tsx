import type { RouteObject } from 'react-router';
import { SearchPage } from './pages/SearchPage';
import { SEARCH_ROUTE } from './paths';

/** The search page; put it below <RequireSignIn /> (only members search their alliance). */
export const searchRoutes: RouteObject[] = [{ path: SEARCH_ROUTE, element: <SearchPage /> }];
