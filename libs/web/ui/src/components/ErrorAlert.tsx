import { useId } from 'react';
import { useCommonMessages } from '../i18n/use-common-messages';

/** An assertive message for a failure, with a way to try again when there is one. */
export function ErrorAlert({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const { t } = useCommonMessages();
  const titleId = useId();
  return (
    <div role="alert" aria-labelledby={titleId} className="alert">
      <p id={titleId} className="alert__title">
        {t('error.title')}
      </p>
      <p>{message ?? t('error.loadFailed')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
