import { useFormat } from '@pakt/web-ui';
import { useInitiativeMessages } from '../messages';
import { ScrollingTable } from './ScrollingTable';

export interface ReportItem {
  readonly id: string;
  readonly reportedOn: string;
  readonly percent: number;
  readonly narrative: string;
  readonly authorName: string | null;
  readonly values: ReadonlyArray<{ readonly name: string; readonly unit: string; readonly value: number }>;
}

/** The progress reports, newest first, with everything they said; the progress chart's values are in here too. */
export function ReportList({ reports }: { reports: readonly ReportItem[] }) {
  const { t } = useInitiativeMessages();
  const format = useFormat();
  if (reports.length === 0) return <p className="muted">{t('reports.none')}</p>;
  const newestFirst = [...reports].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
  return (
    <ScrollingTable label={t('reports.caption')}>
      <table className="admin-table">
        <caption className="visually-hidden">{t('reports.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.reportedOn')}</th>
            <th scope="col">{t('reports.percent')}</th>
            <th scope="col">{t('reports.narrative')}</th>
            <th scope="col">{t('reports.values')}</th>
            <th scope="col">{t('reports.author')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((report) => (
            <tr key={report.id}>
              <th scope="row">{format.date(report.reportedOn)}</th>
              <td className="initiative-number">{t('register.progressValue', { percent: report.percent })}</td>
              <td className="prose">{report.narrative}</td>
              <td>
                {report.values.length === 0 ? (
                  <span className="muted">–</span>
                ) : (
                  <ul className="plain-list">
                    {report.values.map((value) => (
                      <li key={value.name}>{t('reports.value', { name: value.name, value: format.number(value.value), unit: value.unit })}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{report.authorName ?? t('common.system')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
