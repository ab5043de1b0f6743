import type { RouteObject } from 'react-router';
import { HistoryPage } from './pages/HistoryPage';
import { NewRecommendationPage } from './pages/NewRecommendationPage';
import { RecommendationPage } from './pages/RecommendationPage';
import { ReviewQueuePage } from './pages/ReviewQueuePage';
import { WorkspacePage } from './pages/WorkspacePage';
import { NEW_RECOMMENDATION_ROUTE, RECOMMENDATION_HISTORY_ROUTE, RECOMMENDATION_ROUTE, REVIEW_QUEUE_ROUTE, WORKSPACE_ROUTE } from './paths';

/** The focus groups' workspace and the chairs' review queue; put them below <RequireSignIn />. */
export const recommendationRoutes: RouteObject[] = [
  { path: WORKSPACE_ROUTE, element: <WorkspacePage /> },
  { path: NEW_RECOMMENDATION_ROUTE, element: <NewRecommendationPage /> },
  { path: RECOMMENDATION_ROUTE, element: <RecommendationPage /> },
  { path: RECOMMENDATION_HISTORY_ROUTE, element: <HistoryPage /> },
  { path: REVIEW_QUEUE_ROUTE, element: <ReviewQueuePage /> },
];
