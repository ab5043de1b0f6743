import './search.css';

export { searchRoutes } from './routes';
export { searchMessages } from './messages';
export { searchPath } from './paths';
