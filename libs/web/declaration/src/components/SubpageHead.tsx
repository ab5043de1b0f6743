import type { Ref } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';
import { declarationPath } from '../paths';

/**
 * The head of a page below a declaration: its document title, the way back to the declaration,
 * and the heading that takes focus after a step (`headingRef`).
 */
export function SubpageHead({
  slug,
  declarationId,
  title,
  documentTitle = title,
  headingRef,
}: {
  slug: string;
  declarationId: string;
  title: string;
  documentTitle?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useDeclarationMessages();
  return (
    <>
      <PageTitle title={documentTitle} />
      <Link to={declarationPath(slug, declarationId)} className="back-link">
        {t('common.toDeclaration')}
      </Link>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
    </>
  );
}
