import { useMemo } from 'react';
import { LOCALES } from './languages';
import { useCommonMessages } from './use-common-messages';

/** Formats a calendar date "YYYY-MM-DD" for people: "22. September 2020" / "22 September 2020". */
export function formatLocalDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  // A calendar date has no zone; format it in UTC so no offset moves it to the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Date and number formatting in the language the person has chosen. */
export function useFormat() {
  const { language } = useCommonMessages();
  return useMemo(() => {
    const locale = LOCALES[language];
    const numbers = new Intl.NumberFormat(locale);
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    return {
      date: (date: string) => formatLocalDate(date, locale),
      /** A moment ("2025-11-22T09:30:00Z") in the reader's own time zone. */
      dateTime: (moment: string) => dateTimes.format(new Date(moment)),
      number: (value: number) => numbers.format(value),
    };
  }, [language]);
}
