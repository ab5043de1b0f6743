import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert, LoadingStatus, NotFound, PageTitle, useFormat } from '@pakt/web-ui';
import type { RecommendationContext } from '../access';
import { WithRecommendationContext } from '../components/RecommendationGate';
import { ReviewQueueQuery } from '../graphql/queries';
import { useRecommendationMessages } from '../messages';
import { recommendationPath, recommendationsPath } from '../paths';

/** /alliances/:slug/review — what the viewer's groups submitted, longest waiting first (chairs and deputies). */
export function ReviewQueuePage() {
  return <WithRecommendationContext>{(context) => (context.reviews ? <ReviewQueue context={context} /> : <NotFound />)}</WithRecommendationContext>;
}

function ReviewQueue({ context }: { context: RecommendationContext }) {
  const { t } = useRecommendationMessages();
  const format = useFormat();
  const { alliance } = context;
  const [{ data, error }, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { allianceId: alliance.id },
    requestPolicy: 'cache-and-network',
  });
  const title = t('review.titleOf', { name: alliance.name });
  return (
    <>
      <PageTitle title={title} />
      <Link to={recommendationsPath(alliance.slug)} className="back-link">
        {t('common.toWorkspace')}
      </Link>
      <h1>{title}</h1>
      <p className="lead">{t('review.intro')}</p>
      {error && !data ? (
        <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingStatus />
      ) : data.reviewQueue.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <table className="admin-table">
          <caption className="visually-hidden">{t('review.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.recommendation')}</th>
              <th scope="col">{t('review.group')}</th>
              <th scope="col">{t('review.authors')}</th>
              <th scope="col">{t('review.since')}</th>
            </tr>
          </thead>
          <tbody>
            {data.reviewQueue.map((item) => {
              const submitted = item.transitions.filter((step) => step.action === 'SUBMIT').at(-1)?.at ?? item.updatedAt;
              return (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={recommendationPath(alliance.slug, item.id)} aria-label={t('review.open', { title: item.title })}>
                      {item.title}
                    </Link>
                  </th>
                  <td>
                    {item.focusGroup.name}
                    <br />
                    <span className="muted">{item.actionField.title}</span>
                  </td>
                  <td>{item.authors.map((author) => author.displayName).join(', ')}</td>
                  <td>
                    <time dateTime={submitted}>{format.dateTime(submitted)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
