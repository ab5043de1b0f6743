import './declaration.css';

export { declarationRoutes } from './routes';
export { declarationMessages } from './messages';
export { declarationsPath, declarationPath } from './paths';
