import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  checkIndicatorObservations,
  formatIndicatorNumber,
  type IndicatorCsvDelimiter,
  type IndicatorObservationValue,
  parseIndicatorNumber,
} from '@pakt/domain';
import { ErrorSummary, type FieldProblem, StatusNotice } from '@pakt/web-ui';
import { SetIndicatorObservationsMutation } from '../graphql/mutations';
import { problemKey, useIndicatorMessages } from '../messages';
import type { ChartIndicator } from './chart-data';
import { writeProblem, type WriteProblem } from './write-problem';
import { WriteProblemNotice } from './WriteProblemNotice';

type Field = 'series' | 'period' | 'value';
interface Row {
  readonly key: number;
  readonly series: string;
  readonly period: string;
  readonly value: string;
}
type Problem = { readonly index: number; readonly field: Field; readonly message: string };

interface ObservationEditorProps {
  readonly indicator: { readonly id: string; readonly version: number };
  /** The rows to start with: the stored values (after an import, the imported ones, which may not have reloaded yet). */
  readonly initial: ChartIndicator['observations'];
  readonly onReload: () => void;
}

let nextKey = 1;

/**
 * Hand entry: one row per value (series, year, value) to add, change and remove; saving replaces
 * all values. Numbers are typed as the language writes them (German: 1.234,5). Problems are
 * checked by the same rules as the api before sending, and shown with links into the fields.
 */
export function ObservationEditor({ indicator, initial, onReload }: ObservationEditorProps) {
  const { t, language } = useIndicatorMessages();
  const baseId = useId();
  // German readers write "1.234,5", English ones "1234.5": the same rules as a CSV file with ";" or ",".
  const notation: IndicatorCsvDelimiter = language === 'de' ? ';' : ',';
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((observation) => ({
      key: nextKey++,
      series: observation.series,
      period: String(observation.period),
      value: formatIndicatorNumber(observation.value, notation),
    })),
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<WriteProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [, save] = useMutation(SetIndicatorObservationsMutation);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const inputId = (key: number, field: Field) => `${baseId}-${key}-${field}`;

  useEffect(() => {
    if (focusTarget === null) return;
    (document.getElementById(focusTarget) ?? addButton.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const fieldLabel = (field: Field) => t(`entry.${field}`);
  const change = (key: number, field: Field, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  const add = () => {
    const row = { key: nextKey++, series: rows.at(-1)?.series ?? '', period: '', value: '' };
    setRows((current) => [...current, row]);
    setFocusTarget(inputId(row.key, rows.length > 0 ? 'period' : 'series'));
  };

  const remove = (index: number) => {
    const following = rows[index + 1] ?? rows[index - 1];
    setRows((current) => current.filter((_, position) => position !== index));
    setNotice(t('entry.removed', { row: index + 1 }));
    setFocusTarget(following ? inputId(following.key, 'series') : '');
  };

  /** The rows as values, or the problems that keep them from being saved. */
  const check = (): { observations: IndicatorObservationValue[] } | { problems: Problem[] } => {
    const found: Problem[] = [];
    const observations = rows.map((row, index) => {
      const period = /^\s*\d{4}\s*$/.test(row.period) ? Number(row.period) : Number.NaN;
      const value = parseIndicatorNumber(row.value, notation);
      if (Number.isNaN(period)) found.push({ index, field: 'period', message: t('entry.notYear') });
      if (value === null) found.push({ index, field: 'value', message: t('entry.notNumber') });
      return { series: row.series, period, value: value ?? 0 };
    });
    for (const problem of checkIndicatorObservations(observations)) {
      const field: Field = problem.field ?? 'series';
      if (found.some((known) => known.index === problem.index && known.field === field)) continue;
      const key = problemKey(problem.code);
      found.push({ index: problem.index, field, message: key ? t(key, problem.values ?? {}) : problem.message });
    }
    found.sort((a, b) => a.index - b.index);
    return found.length > 0 ? { problems: found } : { observations };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const checked = check();
    if ('problems' in checked) {
      setProblems(checked.problems);
      setOutcome(null);
      setAttempt((count) => count + 1);
      return;
    }
    const result = await save({ input: { id: indicator.id, version: indicator.version, observations: checked.observations } });
    if (!result.error) {
      setProblems([]);
      setOutcome(null);
      setNotice(t('entry.saved'));
      return;
    }
    const refused = writeProblem(result.error);
    setOutcome(refused);
    setProblems(
      refused.kind === 'invalid'
        ? Object.keys(refused.fields).flatMap((name) => {
            const [, index, field] = /^observations\.(\d+)\.(series|period|value)$/.exec(name) ?? [];
            if (index === undefined || field === undefined) return [];
            return [{ index: Number(index), field: field as Field, message: t('form.invalid', { label: fieldLabel(field as Field) }) }];
          })
        : [],
    );
    setAttempt((count) => count + 1);
  };

  const errorOf = (index: number, field: Field) => problems.find((problem) => problem.index === index && problem.field === field)?.message ?? null;
  const summary: FieldProblem[] = problems.flatMap((problem) => {
    const row = rows[problem.index];
    if (!row) return [];
    return [{ fieldId: inputId(row.key, problem.field), message: t('entry.problem', { row: problem.index + 1, field: fieldLabel(problem.field), message: problem.message }) }];
  });

  return (
    <form className="form observation-editor" noValidate onSubmit={(event) => void submit(event)}>
      {(problems.length > 0 || outcome) && (
        <ErrorSummary title={t('entry.errorSummary')} fields={summary} attempt={attempt}>
          {outcome && (
            <WriteProblemNotice
              problem={outcome}
              listsFields={summary.length > 0}
              onReload={() => {
                onReload();
                setOutcome(null);
                setProblems([]);
                setNotice(t('form.reloaded'));
              }}
            />
          )}
        </ErrorSummary>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('entry.empty')}</p>
      ) : (
        <div className="indicator-table">
          <table className="admin-table">
            <caption>{t('entry.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entry.row')}</th>
                <th scope="col">{t('entry.series')}</th>
                <th scope="col">{t('entry.period')}</th>
                <th scope="col">
                  {t('entry.value')} <span className="muted">({t('entry.valueHint')})</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('entry.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.key}>
                  <th scope="row">{index + 1}</th>
                  {(['series', 'period', 'value'] as const).map((field) => {
                    const error = errorOf(index, field);
                    const id = inputId(row.key, field);
                    return (
                      <td key={field} className={error ? 'field--error' : undefined}>
                        <label htmlFor={id} className="visually-hidden">
                          {t(`entry.${field}In`, { row: index + 1 })}
                        </label>
                        {error && (
                          <span id={`${id}-error`} className="field__error">
                            {error}
                          </span>
                        )}
                        <input
                          id={id}
                          className="field__input"
                          type="text"
                          inputMode={field === 'series' ? 'text' : field === 'period' ? 'numeric' : 'decimal'}
                          autoComplete="off"
                          value={row[field]}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                          onChange={(event) => change(row.key, field, event.target.value)}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => remove(index)}>
                      {t('entry.remove', { row: index + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button ref={addButton} type="button" className="button button--secondary" onClick={add}>
          {t('entry.add')}
        </button>
        <button type="submit" className="button">
          {t('entry.save')}
        </button>
      </div>
      <StatusNotice message={notice} />
    </form>
  );
}
