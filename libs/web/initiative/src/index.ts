import './initiative.css';

export { initiativeRoutes } from './routes';
export { initiativeMessages } from './messages';
export { initiativePath, initiativesPath, publishedInitiativesPath } from './paths';
