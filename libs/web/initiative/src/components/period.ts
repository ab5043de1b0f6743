import { useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';

/** "15. Januar 2026 bis 31. Dezember 2027", or "ab 15. Januar 2026" while open-ended. */
export function usePeriodText(): (period: { readonly startOn: string; readonly endOn?: string | null }) => string {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  return (period) =>
    period.endOn
      ? t('register.range', { from: format.date(period.startOn), to: format.date(period.endOn) })
      : t('register.from', { date: format.date(period.startOn) });
}
