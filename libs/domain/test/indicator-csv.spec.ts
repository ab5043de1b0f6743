import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIndicatorObservations,
  formatIndicatorCsv,
  INDICATOR_MAX_OBSERVATIONS,
  type IndicatorCsvResult,
  type IndicatorObservationValue,
  parseIndicatorCsv,
  parseIndicatorNumber,
} from '../src';

function problemsOf(result: IndicatorCsvResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(({ row, column, code }) => ({ row, column, code }));
}

function observationsOf(result: IndicatorCsvResult): IndicatorObservationValue[] {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.observations;
}

describe('parseIndicatorCsv', () => {
  it('reads a German spreadsheet export: semicolons, decimal comma, thousands dots, BOM, CRLF', () => {
    const csv = '\uFEFFQualifikation;Jahr;Wert\r\nInsgesamt;2025;12.400\r\nInsgesamt;2030;15.250,5\r\nAkademisch;2025;-3,25\r\n';
    const result = parseIndicatorCsv(csv);
    expect(observationsOf(result)).toEqual([
      { series: 'Insgesamt', period: 2025, value: 12400 },
      { series: 'Insgesamt', period: 2030, value: 15250.5 },
      { series: 'Akademisch', period: 2025, value: -3.25 },
    ]);
    expect(result.ok && result.series).toEqual(['Insgesamt', 'Akademisch']);
  });

  it('reads English headers in any order and case with commas and decimal points', () => {
    const csv = 'VALUE,Series,year\n1234.5,"Berufliche Ausbildung, dual",2027\n.5,Akademisch,2028\n';
    expect(observationsOf(parseIndicatorCsv(csv))).toEqual([
      { series: 'Berufliche Ausbildung, dual', period: 2027, value: 1234.5 },
      { series: 'Akademisch', period: 2028, value: 0.5 },
    ]);
  });

  it('accepts every listed header name', () => {
    for (const series of ['Reihe', 'serie', 'QUALIFIKATION', 'series']) {
      for (const year of ['Jahr', 'year']) {
        for (const value of ['Wert', 'value']) {
          expect(observationsOf(parseIndicatorCsv(`${series};${year};${value}\nA;2020;1`))).toHaveLength(1);
        }
      }
    }
  });

  it('skips empty lines and counts lines of quoted fields that span lines', () => {
    const csv = 'Reihe;Jahr;Wert\n\n"Akademisch\n(Hochschule)";2025;1\n   \nX;1800;1\n';
    expect(problemsOf(parseIndicatorCsv(csv))).toEqual([{ row: 6, column: 'Jahr', code: 'INVALID_YEAR' }]);
    expect(observationsOf(parseIndicatorCsv('Reihe;Jahr;Wert\n\n"A\nB";2025;1\n\n'))).toEqual([{ series: 'A\nB', period: 2025, value: 1 }]);
  });

  it('reports every bad row with its line number and column, not just the first', () => {
    const csv = [
      'Reihe;Jahr;Wert', //             1
      'Insgesamt;2025;1.000', //        2
      ';2026;5', //                     3 empty series
      'Insgesamt;20x6;5', //            4 year not a number
      'Insgesamt;2101;5', //            5 year out of range
      'Insgesamt;2027;viele', //        6 value not a number
      'Insgesamt;2025;7', //            7 duplicate of line 2
      'Insgesamt;2028;12.5', //         8 a dot is no decimal mark with ";"
      'Insgesamt;2029', //              9 value missing
      'Insgesamt;2030;1;2', //          10 too many fields
      'Insgesamt;2031;2', //            11 fine
    ].join('\n');
    expect(problemsOf(parseIndicatorCsv(csv))).toEqual([
      { row: 3, column: 'Reihe', code: 'EMPTY_SERIES' },
      { row: 4, column: 'Jahr', code: 'INVALID_YEAR' },
      { row: 5, column: 'Jahr', code: 'INVALID_YEAR' },
      { row: 6, column: 'Wert', code: 'INVALID_VALUE' },
      { row: 7, column: 'Jahr', code: 'DUPLICATE_OBSERVATION' },
      { row: 8, column: 'Wert', code: 'INVALID_VALUE' },
      { row: 9, column: 'Wert', code: 'INVALID_VALUE' },
      { row: 10, column: null, code: 'MALFORMED_ROW' },
    ]);
  });

  it('names the first row of a duplicate in the message', () => {
    const result = parseIndicatorCsv('series,year,value\nA,2020,1\nA,2020,2');
    expect(result.ok ? null : result.problems[0]).toMatchObject({ row: 3, values: { first: 2 }, message: '"A" already has a value for 2020 in row 2.' });
  });

  it('refuses a header with a missing, unknown or doubled column', () => {
    expect(problemsOf(parseIndicatorCsv('Reihe;Jahr\nA;2020'))).toEqual([{ row: 1, column: null, code: 'MISSING_COLUMN' }]);
    expect(problemsOf(parseIndicatorCsv('Reihe;Jahr;Wert;Quelle\nA;2020;1;x'))).toEqual([{ row: 1, column: 'Quelle', code: 'UNKNOWN_COLUMN' }]);
    expect(problemsOf(parseIndicatorCsv('Reihe;Serie;Jahr;Wert\nA;B;2020;1'))).toEqual([{ row: 1, column: 'Serie', code: 'DUPLICATE_COLUMN' }]);
    expect(problemsOf(parseIndicatorCsv('\n\nA;2020;1\n'))).toEqual([
      { row: 3, column: 'A', code: 'UNKNOWN_COLUMN' },
      { row: 3, column: '2020', code: 'UNKNOWN_COLUMN' },
      { row: 3, column: '1', code: 'UNKNOWN_COLUMN' },
      { row: 3, column: null, code: 'MISSING_COLUMN' },
      { row: 3, column: null, code: 'MISSING_COLUMN' },
      { row: 3, column: null, code: 'MISSING_COLUMN' },
    ]);
  });

  it('refuses an empty file, a header without rows and an unclosed quote', () => {
    expect(problemsOf(parseIndicatorCsv(''))).toEqual([{ row: 1, column: null, code: 'EMPTY_FILE' }]);
    expect(problemsOf(parseIndicatorCsv('\uFEFF \n'))).toEqual([{ row: 1, column: null, code: 'EMPTY_FILE' }]);
    expect(problemsOf(parseIndicatorCsv('Reihe;Jahr;Wert\n'))).toEqual([{ row: 1, column: null, code: 'NO_ROWS' }]);
    expect(problemsOf(parseIndicatorCsv('Reihe;Jahr;Wert\nA;2020;1\n"B;2021;2\n'))).toEqual([{ row: 3, column: null, code: 'MALFORMED_ROW' }]);
  });

  it('refuses series longer than 100 characters', () => {
    expect(problemsOf(parseIndicatorCsv(`Reihe;Jahr;Wert\n${'x'.repeat(101)};2020;1`))).toEqual([{ row: 2, column: 'Reihe', code: 'SERIES_TOO_LONG' }]);
    expect(observationsOf(parseIndicatorCsv(`Reihe;Jahr;Wert\n${'x'.repeat(100)};2020;1`))).toHaveLength(1);
  });

  it(`takes ${INDICATOR_MAX_OBSERVATIONS} rows and refuses one more`, () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `S${i % 7};${1900 + (i % 201)};${i}`);
    const distinct = (count: number) => rows(count).map((row, i) => row.replace(/^S\d+/, `S${Math.floor(i / 201)}`));
    expect(observationsOf(parseIndicatorCsv(['Reihe;Jahr;Wert', ...distinct(INDICATOR_MAX_OBSERVATIONS)].join('\n')))).toHaveLength(
      INDICATOR_MAX_OBSERVATIONS,
    );
    expect(problemsOf(parseIndicatorCsv(['Reihe;Jahr;Wert', ...distinct(INDICATOR_MAX_OBSERVATIONS + 1)].join('\n')))).toEqual([
      { row: INDICATOR_MAX_OBSERVATIONS + 2, column: null, code: 'TOO_MANY_ROWS' },
    ]);
  });

  const series = fc
    .string({ unit: fc.constantFrom('a', 'Ä', 'ß', ' ', ';', ',', '"', '\n', '1', '.'), minLength: 1, maxLength: 12 })
    .map((text) => text.trim())
    .filter((text) => text !== '');
  const observations = fc.uniqueArray(
    fc.record({
      series,
      period: fc.integer({ min: 1900, max: 2100 }),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value)),
    }),
    { minLength: 1, maxLength: 30, selector: (observation) => `${observation.series}\u0000${observation.period}` },
  );

  it('reads back exactly what formatIndicatorCsv writes, with either delimiter', () => {
    fc.assert(
      fc.property(observations, fc.constantFrom(';' as const, ',' as const), (list, delimiter) => {
        expect(observationsOf(parseIndicatorCsv(formatIndicatorCsv(list, delimiter)))).toEqual(list);
      }),
    );
  });

  it('never throws and reports only lines that exist in the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('R', 'e', 'i', 'h', 'Jahr', 'Wert', ';', ',', '"', '\n', '\r\n', '1', '2020', ' ', '\uFEFF') }), (text) => {
        const result = parseIndicatorCsv(`Reihe;Jahr;Wert\n${text}`);
        const lines = `Reihe;Jahr;Wert\n${text}`.split(/\r\n|\n|\r/).length;
        const rows = result.ok ? [] : result.problems.map((problem) => problem.row);
        for (const row of rows) expect(row >= 1 && row <= lines).toBe(true);
      }),
    );
  });
});

describe('parseIndicatorNumber', () => {
  it('reads German notation with ";" and English with ","', () => {
    expect(parseIndicatorNumber('1.234.567,89', ';')).toBe(1234567.89);
    expect(parseIndicatorNumber(' -0,5 ', ';')).toBe(-0.5);
    expect(parseIndicatorNumber('1234', ';')).toBe(1234);
    expect(parseIndicatorNumber('1,5e3', ';')).toBe(1500);
    expect(parseIndicatorNumber('1234567.89', ',')).toBe(1234567.89);
    expect(parseIndicatorNumber('+3', ',')).toBe(3);
  });

  it('refuses what is ambiguous or no number at all', () => {
    for (const text of ['12.5', '1.23,4', '1,234.5', '', ' ', 'abc', '1 000', '1e999', '--1']) expect(parseIndicatorNumber(text, ';')).toBeNull();
    for (const text of ['1,5', '1.234,5', '', 'NaN', 'Infinity', '0x10']) expect(parseIndicatorNumber(text, ',')).toBeNull();
  });
});

describe('checkIndicatorObservations', () => {
  it('applies the CSV rules to observations entered by hand', () => {
    expect(
      checkIndicatorObservations([
        { series: 'Insgesamt', period: 2025, value: 1 },
        { series: ' ', period: 2025, value: 1 },
        { series: 'Insgesamt', period: 2025.5, value: Number.NaN },
        { series: 'Insgesamt ', period: 2025, value: 2 },
      ]).map(({ index, field, code }) => ({ index, field, code })),
    ).toEqual([
      { index: 1, field: 'series', code: 'EMPTY_SERIES' },
      { index: 2, field: 'period', code: 'INVALID_YEAR' },
      { index: 2, field: 'value', code: 'INVALID_VALUE' },
      { index: 3, field: 'period', code: 'DUPLICATE_OBSERVATION' },
    ]);
    expect(checkIndicatorObservations([])).toEqual([]);
  });
});
