import Papa from 'papaparse';

/** One value of an indicator: a series (e.g. "Akademisch") in a year. */
export interface IndicatorObservationValue {
  series: string;
  period: number;
  value: number;
}

/** Why a row of a CSV file (or an entered observation) cannot be taken. */
export type IndicatorProblemCode =
  | 'EMPTY_FILE'
  | 'NO_ROWS'
  | 'TOO_MANY_ROWS'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MALFORMED_ROW'
  | 'EMPTY_SERIES'
  | 'SERIES_TOO_LONG'
  | 'INVALID_YEAR'
  | 'INVALID_VALUE'
  | 'DUPLICATE_OBSERVATION';

/**
 * A problem of one row. `row` is the 1-based line number in the file (the line a record starts
 * on); `column` the column's name as written in the header, or null when the whole row (or file)
 * is meant. `message` is English; clients translate by `code`, filling in `values`.
 */
export interface IndicatorCsvProblem {
  row: number;
  column: string | null;
  code: IndicatorProblemCode;
  message: string;
  values?: Record<string, string | number>;
}

export type IndicatorCsvResult =
  | { ok: true; observations: IndicatorObservationValue[]; series: string[] }
  | { ok: false; problems: IndicatorCsvProblem[] };

/**
 * Largest CSV file accepted, in bytes of UTF-8: 500 kB, so that the file still fits the api's
 * request limit (1 MiB) once JSON has escaped its line breaks and quotes. 10 000 rows of usual
 * length take about 300 kB.
 */
export const INDICATOR_CSV_MAX_BYTES = 500_000;
/** Most rows of values (not counting the header) one file, or one hand entry, may have. */
export const INDICATOR_MAX_OBSERVATIONS = 10_000;
export const INDICATOR_SERIES_MAX_LENGTH = 100;
export const INDICATOR_FIRST_YEAR = 1900;
export const INDICATOR_LAST_YEAR = 2100;

export type IndicatorCsvColumn = 'series' | 'year' | 'value';
export type IndicatorCsvDelimiter = ';' | ',';

/** The header names each column is recognised by, compared without case and surrounding spaces. */
export const INDICATOR_CSV_HEADERS: Record<IndicatorCsvColumn, readonly string[]> = {
  series: ['reihe', 'serie', 'qualifikation', 'series'],
  year: ['jahr', 'year'],
  value: ['wert', 'value'],
};

const COLUMNS: readonly IndicatorCsvColumn[] = ['series', 'year', 'value'];

// With ";" (the German spreadsheet export): "1.234.567,89" — dots group thousands in threes, a comma
// marks the decimals. With ",": "1234567.89" — a dot marks the decimals, no grouping. Both: an
// optional sign and an optional exponent ("1,5e3" / "1.5e3"); spaces around the number are ignored.
const GERMAN_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:e[+-]?\d+)?$/i;
const ENGLISH_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const YEAR = /^[+]?\d+$/;

/**
 * Reads a number the way the file's delimiter implies (see above); null when it is none.
 * With ";" a dot is only ever a thousands separator: "12.5" is refused, not read as 12,5 or 125.
 */
export function parseIndicatorNumber(text: string, delimiter: IndicatorCsvDelimiter): number | null {
  const trimmed = text.trim();
  let normalised: string;
  if (delimiter === ';') {
    if (!GERMAN_NUMBER.test(trimmed)) return null;
    normalised = trimmed.replaceAll('.', '').replace(',', '.');
  } else {
    if (!ENGLISH_NUMBER.test(trimmed)) return null;
    normalised = trimmed;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Writes a number so that parseIndicatorNumber reads it back exactly (no grouping). */
export function formatIndicatorNumber(value: number, delimiter: IndicatorCsvDelimiter): string {
  const text = String(Object.is(value, -0) ? 0 : value);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/**
 * The delimiter of a file: ";" when its first non-empty line (the header) has a semicolon,
 * otherwise ",".
 */
export function detectIndicatorCsvDelimiter(text: string): IndicatorCsvDelimiter {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  return header.includes(';') ? ';' : ',';
}

function problem(
  row: number,
  column: string | null,
  code: IndicatorProblemCode,
  message: string,
  values?: Record<string, string | number>,
): IndicatorCsvProblem {
  return values === undefined ? { row, column, code, message } : { row, column, code, message, values };
}

/** A problem of one entered observation; `field` is the input field it concerns. */
export interface IndicatorObservationProblem {
  index: number;
  field: 'series' | 'period' | 'value' | null;
  code: IndicatorProblemCode;
  message: string;
  values?: Record<string, string | number>;
}

function seriesProblem(series: string): { code: IndicatorProblemCode; message: string } | null {
  if (series.trim() === '') return { code: 'EMPTY_SERIES', message: 'The series is empty.' };
  if (series.trim().length > INDICATOR_SERIES_MAX_LENGTH) {
    return { code: 'SERIES_TOO_LONG', message: `The series may have at most ${INDICATOR_SERIES_MAX_LENGTH} characters.` };
  }
  return null;
}

function yearProblem(): { code: IndicatorProblemCode; message: string } {
  return { code: 'INVALID_YEAR', message: `The year must be a whole number from ${INDICATOR_FIRST_YEAR} to ${INDICATOR_LAST_YEAR}.` };
}

function validYear(period: number): boolean {
  return Number.isInteger(period) && period >= INDICATOR_FIRST_YEAR && period <= INDICATOR_LAST_YEAR;
}

function duplicateKey(series: string, period: number): string {
  return JSON.stringify([series, period]);
}

/**
 * Checks observations entered by hand with the same rules as a CSV file: a non-empty series of at
 * most 100 characters (compared trimmed), a year 1900–2100, a finite value, each series and year
 * at most once, at most 10 000 observations.
 */
export function checkIndicatorObservations(observations: readonly IndicatorObservationValue[]): IndicatorObservationProblem[] {
  const problems: IndicatorObservationProblem[] = [];
  if (observations.length > INDICATOR_MAX_OBSERVATIONS) {
    problems.push({
      index: INDICATOR_MAX_OBSERVATIONS,
      field: null,
      code: 'TOO_MANY_ROWS',
      message: `At most ${INDICATOR_MAX_OBSERVATIONS} values are allowed.`,
      values: { max: INDICATOR_MAX_OBSERVATIONS },
    });
    return problems;
  }
  const seen = new Map<string, number>();
  observations.forEach((observation, index) => {
    const series = seriesProblem(observation.series);
    if (series) problems.push({ index, field: 'series', ...series });
    if (!validYear(observation.period)) problems.push({ index, field: 'period', ...yearProblem() });
    if (!Number.isFinite(observation.value)) problems.push({ index, field: 'value', code: 'INVALID_VALUE', message: 'The value must be a number.' });
    const key = duplicateKey(observation.series.trim(), observation.period);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.push({
        index,
        field: 'period',
        code: 'DUPLICATE_OBSERVATION',
        message: `This series already has a value for ${observation.period} (entry ${first + 1}).`,
        values: { first: first + 1, period: observation.period },
      });
    }
  });
  return problems;
}

/** The series in the order of their first appearance. */
export function indicatorSeriesOf(observations: readonly IndicatorObservationValue[]): string[] {
  return [...new Set(observations.map((observation) => observation.series))];
}

/**
 * Reads the values of an indicator from CSV text. Pure; the api's import and the web's preview
 * share it.
 *
 * - A header row names the columns, in any order and without regard to case: the series
 *   ("Reihe", "Serie", "Qualifikation" or "series"), the year ("Jahr" or "year") and the value
 *   ("Wert" or "value"). Other columns are refused, so nothing in the file is silently ignored.
 * - The delimiter is ";" when the header has a semicolon, otherwise ",". Fields may be quoted
 *   ("…", doubled quotes inside). A UTF-8 byte order mark is ignored, and so are empty lines.
 * - Numbers: with ";" German notation — decimal comma, optional thousands dots in groups of three
 *   ("1.234,5"); with "," a decimal dot and no grouping ("1234.5"). See parseIndicatorNumber.
 * - Years are whole numbers 1900–2100; series are trimmed, non-empty, at most 100 characters; a
 *   series and year may appear only once; at most 10 000 rows of values.
 *
 * Either every row is good and the observations come back in file order, or every problem of
 * every bad row comes back (row = the line number in the file).
 */
export function parseIndicatorCsv(input: string): IndicatorCsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problems: [problem(1, null, 'EMPTY_FILE', 'The file is empty.')] };
  const delimiter = detectIndicatorCsvDelimiter(text);

  // Papa Parse reads quoting and line breaks; each step reports where its record ends (cursor),
  // which gives the line the next record starts on, also when a quoted field spans lines.
  const records: Array<{ line: number; fields: string[]; malformed: string | null }> = [];
  let line = 1;
  let consumed = 0;
  let tooMany: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      const start = line;
      const cursor = results.meta.cursor;
      for (let i = consumed; i < cursor; i++) {
        const char = text[i];
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
      }
      consumed = cursor;
      // The line break after the record, which the cursor may not have passed yet.
      if (text[consumed] === '\r') consumed++;
      if (text[consumed] === '\n') consumed++;
      if (consumed > cursor) line++;
      const fields = results.data;
      if (fields.every((field) => field.trim() === '')) return;
      if (records.length > INDICATOR_MAX_OBSERVATIONS) {
        tooMany = start;
        parser.abort();
        return;
      }
      const error = results.errors[0];
      records.push({ line: start, fields, malformed: error ? error.message : null });
    },
  });

  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [problem(1, null, 'EMPTY_FILE', 'The file is empty.')] };
  if (tooMany !== null) {
    return {
      ok: false,
      problems: [
        problem(tooMany, null, 'TOO_MANY_ROWS', `The file has more than ${INDICATOR_MAX_OBSERVATIONS} rows of values.`, {
          max: INDICATOR_MAX_OBSERVATIONS,
        }),
      ],
    };
  }

  const problems: IndicatorCsvProblem[] = [];
  const index: Partial<Record<IndicatorCsvColumn, number>> = {};
  const names = header.fields.map((name) => name.trim());
  names.forEach((name, position) => {
    const column = COLUMNS.find((candidate) => INDICATOR_CSV_HEADERS[candidate].includes(name.toLowerCase()));
    if (column === undefined) {
      problems.push(
        problem(header.line, name === '' ? null : name, 'UNKNOWN_COLUMN', `Unknown column "${name}": use series (Reihe), year (Jahr) and value (Wert).`, {
          name,
        }),
      );
    } else if (index[column] !== undefined) {
      problems.push(problem(header.line, name, 'DUPLICATE_COLUMN', `There is more than one column for the ${column}.`, { column }));
    } else index[column] = position;
  });
  for (const column of COLUMNS) {
    if (index[column] === undefined) {
      problems.push(
        problem(header.line, null, 'MISSING_COLUMN', `The header has no column for the ${column} (${INDICATOR_CSV_HEADERS[column].join(', ')}).`, {
          column,
        }),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const at = index as Record<IndicatorCsvColumn, number>;
  if (rows.length === 0) {
    return { ok: false, problems: [problem(header.line, null, 'NO_ROWS', 'The file has a header but no rows of values.')] };
  }

  const observations: IndicatorObservationValue[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.malformed !== null || row.fields.length > names.length) {
      problems.push(
        problem(row.line, null, 'MALFORMED_ROW', `The row cannot be read: it needs exactly ${names.length} fields separated by "${delimiter}".`, {
          fields: names.length,
          delimiter,
        }),
      );
      continue;
    }
    const rowProblems: IndicatorCsvProblem[] = [];
    const series = (row.fields[at.series] ?? '').trim();
    const yearText = (row.fields[at.year] ?? '').trim();
    const valueText = row.fields[at.value] ?? '';
    const seriesIssue = seriesProblem(series);
    if (seriesIssue) rowProblems.push(problem(row.line, names[at.series]!, seriesIssue.code, seriesIssue.message));
    const period = YEAR.test(yearText) ? Number(yearText) : Number.NaN;
    if (!validYear(period)) {
      const issue = yearProblem();
      rowProblems.push(problem(row.line, names[at.year]!, issue.code, issue.message, { text: yearText }));
    }
    const value = parseIndicatorNumber(valueText, delimiter);
    if (value === null) {
      const message =
        delimiter === ';'
          ? 'The value must be a number with a decimal comma, e.g. 1.234,5.'
          : 'The value must be a number with a decimal point, e.g. 1234.5.';
      rowProblems.push(problem(row.line, names[at.value]!, 'INVALID_VALUE', message, { text: valueText.trim(), delimiter }));
    }
    if (rowProblems.length === 0 && value !== null) {
      const key = duplicateKey(series, period);
      const first = seen.get(key);
      if (first !== undefined) {
        rowProblems.push(
          problem(row.line, names[at.year]!, 'DUPLICATE_OBSERVATION', `"${series}" already has a value for ${period} in row ${first}.`, {
            first,
            series,
            period,
          }),
        );
      } else {
        seen.set(key, row.line);
        observations.push({ series, period, value });
      }
    }
    problems.push(...rowProblems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, observations, series: indicatorSeriesOf(observations) };
}

/**
 * Writes observations as a CSV file parseIndicatorCsv reads back: with ";" German headers
 * (Reihe;Jahr;Wert) and decimal commas, with "," English headers and decimal points.
 */
export function formatIndicatorCsv(observations: readonly IndicatorObservationValue[], delimiter: IndicatorCsvDelimiter = ';'): string {
  const header = delimiter === ';' ? ['Reihe', 'Jahr', 'Wert'] : ['series', 'year', 'value'];
  const rows = observations.map((observation) => [
    observation.series,
    String(observation.period),
    formatIndicatorNumber(observation.value, delimiter),
  ]);
  return Papa.unparse([header, ...rows], { delimiter, newline: '\r\n', quotes: (field: unknown) => typeof field === 'string' && needsQuotes(field) });
}

function needsQuotes(field: string): boolean {
  return /[;,"\r\n]/.test(field) || field !== field.trim();
}
