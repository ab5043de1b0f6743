import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';
import { useCommonMessages } from './use-common-messages';

/**
 * One button per language, each named in its own language (and marked with lang) so that
 * a person who does not read the current language still finds theirs.
 */
export function LanguageSwitch() {
  const { t, language } = useCommonMessages();
  const { i18n } = useTranslation();
  const labelId = useId();
  const choose = (next: Language) => {
    if (next !== language) void i18n.changeLanguage(next);
  };
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {t('language.label')}
      </span>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => choose(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
