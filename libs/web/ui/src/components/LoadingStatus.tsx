import { useCommonMessages } from '../i18n/use-common-messages';

/** A polite live region, so assistive technology announces that content is on its way. */
export function LoadingStatus({ label }: { label?: string }) {
  const { t } = useCommonMessages();
  return (
    <p role="status" className="status">
      {label ?? t('status.loading')}
    </p>
  );
}
