import { Link } from 'react-router';
import { bodyBallotsPath } from '@pakt/web-decisions';
import { useAllianceMessages } from '../messages';

/** Where a body's ballots and results are; the body's name tells the links of several bodies apart. */
export function BallotsLink({ slug, body }: { slug: string; body: { readonly id: string; readonly name: string } }) {
  const { t } = useAllianceMessages();
  return (
    <p>
      <Link to={bodyBallotsPath(slug, body.id)} aria-label={t('overview.ballotsOf', { name: body.name })}>
        {t('overview.ballots')}
      </Link>
    </p>
  );
}
