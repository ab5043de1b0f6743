import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert, LoadingStatus, NotFound } from '@pakt/web-ui';
import { useRecommendationContext, type RecommendationContext } from '../access';

/** Loads the alliance of the address and the viewer's groups; unknown alliances are "not found". */
export function WithRecommendationContext({ children }: { children: (context: RecommendationContext, slug: string) => ReactNode }) {
  const { slug = '' } = useParams();
  const state = useRecommendationContext(slug);
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'failed') return <ErrorAlert onRetry={state.retry} />;
  if (state.status === 'not-found') return <NotFound />;
  return <>{children(state.context, slug)}</>;
}
