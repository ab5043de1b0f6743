import './plan.css';

export { planRoutes } from './routes';
export { planMessages } from './messages';
export { planPath, planVersionPath, planVersionEditPath, planComparePath } from './paths';
