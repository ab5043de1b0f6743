import { exportUrl } from '@pakt/web-ui';
import { usePlanMessages } from '../messages';

/**
 * The version as PDF and DOCX, in the language the reader has chosen. Plain links (the server
 * sends the file as an attachment); the file type is named in the link text.
 */
export function ExportLinks({ pdfUrl, docxUrl }: { pdfUrl: string; docxUrl: string }) {
  const { t, language } = usePlanMessages();
  return (
    <ul className="plan-exports">
      <li>
        <a className="button" href={exportUrl(pdfUrl, language)} download>
          {t('version.pdf')}
        </a>
      </li>
      <li>
        <a className="button button--secondary" href={exportUrl(docxUrl, language)} download>
          {t('version.docx')}
        </a>
      </li>
    </ul>
  );
}
