import './recommendation.css';

export { recommendationRoutes } from './routes';
export { recommendationMessages } from './messages';
export {
  newRecommendationPath,
  recommendationHistoryPath,
  recommendationPath,
  recommendationsPath,
  reviewQueuePath,
} from './paths';
