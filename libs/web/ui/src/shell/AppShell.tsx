import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useCommonMessages } from '../i18n/use-common-messages';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  /** Current only on exactly this path (an overview), not on the pages below it. */
  readonly end?: boolean;
}

/** A second navigation for the part of the product that is open, e.g. one alliance's areas. */
export interface SectionNavigation {
  readonly label: string;
  readonly items: readonly NavItem[];
}

const MAIN_ID = 'main';

interface AppShellProps {
  /** The main navigation; none (no empty landmark) when there is nothing to offer. */
  readonly navigation: readonly NavItem[];
  readonly sectionNavigation?: SectionNavigation | null;
  /** Who is signed in and how to sign in or out; last in the header. */
  readonly account?: ReactNode;
  readonly children: ReactNode;
}

/** Skip link, header with product name, navigation, language switch and account, the main landmark, footer. */
export function AppShell({ navigation, sectionNavigation, account, children }: AppShellProps) {
  const { t } = useCommonMessages();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // After a client-side navigation, start screen reader and keyboard users at the new content,
  // as a full page load would; on the first load the browser's own start is right.
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('productName')}</span>
            <span className="brand__tagline">{t('tagline')}</span>
          </Link>
          {navigation.length > 0 && (
            <nav aria-label={t('navigation.label')} className="site-nav">
              <ul>
                {navigation.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="site-header__end">
            <LanguageSwitch />
            {account}
          </div>
        </div>
      </header>
      {sectionNavigation && sectionNavigation.items.length > 0 && (
        <nav aria-label={sectionNavigation.label} className="section-nav">
          <ul className="container">
            {sectionNavigation.items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="container site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.text')}</p>
        </div>
      </footer>
    </div>
  );
}
