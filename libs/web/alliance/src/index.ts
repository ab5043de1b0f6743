export { allianceRoutes } from './routes';
export { alliancePath } from './paths';
export { allianceMessages } from './messages';
export { useAllianceOfRoute, type AllianceOfRoute } from './use-alliance-of-route';
