export { adminRoutes } from './routes';
export { adminMessages } from './messages';
export { useAdminNavigation } from './navigation';
export { adminPath, auditPath } from './paths';
