export { allianceRoutes } from './routes';
export { alliancePath } from './paths';
export { allianceMessages } from './messages';
