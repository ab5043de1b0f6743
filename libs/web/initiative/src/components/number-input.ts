import { parseIndicatorNumber } from '@pakt/domain';
import { useInitiativeMessages } from '../messages';

/**
 * Reads a typed number as the indicator pages do, in the page's language: German "1.240,5"
 * (dots group thousands), English "1240.5"; null when the text is no number.
 */
export function useNumberReader(): (text: string) => number | null {
  const { language } = useInitiativeMessages();
  return (text) => parseIndicatorNumber(text, language === 'de' ? ';' : ',');
}
