import { Link } from 'react-router';
import { useCommonMessages } from '../i18n/use-common-messages';
import { PageTitle } from './PageTitle';

/** Shown for unknown addresses and for things that do not exist (an unknown alliance). */
export function NotFound() {
  const { t } = useCommonMessages();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
