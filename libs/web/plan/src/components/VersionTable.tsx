import { Link } from 'react-router';
import type { PlanVersionSummaryFieldsFragment } from '@pakt/web-data';
import { useFormat } from '@pakt/web-ui';
import { usePlanMessages } from '../messages';
import { planVersionPath } from '../paths';
import { StateBadge } from './StateBadge';

/** Every version the viewer may see, newest first, with state and dates. */
export function VersionTable({ slug, versions }: { slug: string; versions: readonly PlanVersionSummaryFieldsFragment[] }) {
  const { t } = usePlanMessages();
  const format = useFormat();
  return (
    <table className="admin-table plan-versions">
      <caption className="visually-hidden">{t('plan.versionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.number')}</th>
          <th scope="col">{t('plan.versionTitle')}</th>
          <th scope="col">{t('plan.state')}</th>
          <th scope="col">{t('plan.dates')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <th scope="row">
              <Link to={planVersionPath(slug, version.id)}>{t('common.versionName', { number: version.number })}</Link>
            </th>
            <td>{version.title}</td>
            <td>
              <StateBadge state={version.state} />
            </td>
            <td>
              <ul className="plain-list">
                {version.approvedAt && <li>{t('plan.approvedAt', { date: format.dateTime(version.approvedAt) })}</li>}
                {version.submittedAt && !version.approvedAt && <li>{t('plan.submittedAt', { date: format.dateTime(version.submittedAt) })}</li>}
                <li>{t('plan.createdAt', { date: format.dateTime(version.createdAt) })}</li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
