import type { RouteObject } from 'react-router';
import { AdminPage } from './pages/AdminPage';
import { AuditPage } from './pages/AuditPage';
import { ADMIN_ROUTE, AUDIT_ROUTE } from './paths';

/** The secretariat's pages; put them below <RequireSignIn /> (they show "not found" to everyone else). */
export const adminRoutes: RouteObject[] = [
  { path: ADMIN_ROUTE, element: <AdminPage /> },
  { path: AUDIT_ROUTE, element: <AuditPage /> },
];
