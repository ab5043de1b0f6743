import { useCommonMessages } from '../i18n/use-common-messages';

/** The document title of a page (React hoists <title> into <head>); WCAG 2.4.2. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useCommonMessages();
  return <title>{t('pageTitle', { title })}</title>;
}
