import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInitiativeImport,
  initiativeRegisterTable,
  INITIATIVE_STATUSES,
  parseImportDate,
  splitList,
  type InitiativeImportLookup,
  type InitiativeImportRecord,
  type InitiativeRegisterEntry,
} from '../src';

const lookup: InitiativeImportLookup = {
  organisations: new Map([
    ['hessisches ministerium für soziales und integration', 'org-hmsi'],
    ['hmsi', 'org-hmsi'],
    ['regionaldirektion hessen', 'org-ba'],
    ['ihk hessen', 'org-ihk'],
  ]),
  actionFields: new Map([
    ['fachkräfte sichern', 'af-1'],
    ['integration', 'af-2'],
  ]),
  regions: new Map([['frankfurt am main', 'r-ffm']]),
  existingNames: new Set(['welcomecenter hessen']),
};

const records = (rows: string[][]): InitiativeImportRecord[] => rows.map((cells, index) => ({ row: index + 1, cells }));
const HEADER = ['Name', 'Art', 'Federführung', 'Partner', 'Handlungsfelder', 'Beginn', 'Ende', 'Status'];

describe('checkInitiativeImport', () => {
  it('resolves good rows by name and short name, in file order', () => {
    const result = checkInitiativeImport(
      records([
        HEADER,
        ['MINT-Aktionslinie', 'Einzel', 'HMSI', '', 'Fachkräfte sichern', '01.02.2024', '', 'laufend'],
        ['Duales Studium', 'JOINT', 'IHK Hessen', 'Regionaldirektion Hessen; HMSI', 'Fachkräfte sichern\nIntegration', '2024-03-01', '2026-12-31', ''],
      ]),
      lookup,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        expect.objectContaining({ row: 2, name: 'MINT-Aktionslinie', kind: 'SINGLE', status: 'RUNNING', leadOrganisationId: 'org-hmsi', startOn: '2024-02-01', endOn: null }),
        expect.objectContaining({
          row: 3,
          kind: 'JOINT',
          status: 'PLANNED',
          partnerOrganisationIds: ['org-ba', 'org-hmsi'],
          actionFieldIds: ['af-1', 'af-2'],
          reportingCycle: 'QUARTERLY',
          endOn: '2026-12-31',
        }),
      ],
    });
  });

  it('reports every problem of every bad row and imports nothing', () => {
    const result = checkInitiativeImport(
      records([
        HEADER,
        ['Gut', 'SINGLE', 'HMSI', '', 'Integration', '2024-01-01', '', ''],
        ['', 'both', 'Unbekannt GmbH', '', 'Nirgends', '31.02.2024', '', 'fertig'],
        ['Gut', 'JOINT', 'HMSI', '', 'Integration', '2024-05-01', '2024-04-01', ''],
        ['WELCOMECENTER Hessen', 'SINGLE', 'HMSI', 'IHK Hessen', 'Integration', '2024-05-01', '', ''],
      ]),
      lookup,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.problems.map((p) => `${p.row}:${p.column}:${p.code}`);
    expect(codes).toEqual([
      '3:Name:REQUIRED',
      '3:Art:INVALID_KIND',
      '3:Status:INVALID_STATUS',
      '3:Federführung:UNKNOWN_ORGANISATION',
      '3:Handlungsfelder:UNKNOWN_ACTION_FIELD',
      '3:Beginn:INVALID_DATE',
      '4:Name:DUPLICATE_NAME',
      '4:Art:PARTNERS',
      '4:Ende:END_BEFORE_START',
      '5:Name:EXISTING_NAME',
      '5:Art:PARTNERS',
    ]);
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('refuses files without the required columns, with unknown or repeated ones, or without rows', () => {
    const missing = checkInitiativeImport(records([['Name', 'Farbe', 'Name']]), lookup);
    expect(missing.ok ? [] : missing.problems.map((p) => p.code)).toEqual([
      'UNKNOWN_COLUMN',
      'DUPLICATE_COLUMN',
      'MISSING_COLUMN',
      'MISSING_COLUMN',
      'MISSING_COLUMN',
      'MISSING_COLUMN',
    ]);
    const empty = checkInitiativeImport(records([]), lookup);
    expect(empty.ok ? [] : empty.problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
    const headerOnly = checkInitiativeImport(records([HEADER, ['', '', '']]), lookup);
    expect(headerOnly.ok ? [] : headerOnly.problems.map((p) => p.code)).toEqual(['NO_ROWS']);
  });

  it('reads back what the export writes, in either language', () => {
    const names = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9 -]{0,30}[A-Za-z0-9]$/);
    const entry: fc.Arbitrary<InitiativeRegisterEntry> = fc.record({
      name: names,
      kind: fc.constant('SINGLE' as const),
      status: fc.constantFrom(...INITIATIVE_STATUSES),
      leadOrganisation: fc.constantFrom('HMSI', 'IHK Hessen'),
      partnerOrganisations: fc.constant([]),
      actionFields: fc.subarray(['Fachkräfte sichern', 'Integration'], { minLength: 1 }),
      regions: fc.subarray(['Frankfurt am Main']),
      targetGroups: fc.array(names, { maxLength: 3 }),
      startOn: fc.constantFrom('2024-01-01', '2025-06-30'),
      endOn: fc.constantFrom(null, '2027-12-31'),
      reportingCycle: fc.constantFrom('MONTHLY' as const, 'YEARLY' as const),
      fundingNotes: fc.constantFrom(null, 'ESF Plus'),
      description: fc.constantFrom('', 'Mehr Fachkräfte.'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 5, selector: (e) => e.name.toLowerCase() }), fc.constantFrom('de' as const, 'en' as const), (entries, language) => {
        const table = initiativeRegisterTable(entries, language);
        const result = checkInitiativeImport(records(table), { ...lookup, existingNames: new Set() });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.rows.map((row) => [row.name, row.status, row.startOn, row.endOn, row.reportingCycle, row.fundingNotes, row.description, row.targetGroups])).toEqual(
          entries.map((e) => [e.name, e.status, e.startOn, e.endOn, e.reportingCycle, e.fundingNotes, e.description, e.targetGroups]),
        );
      }),
    );
  });

  it('reads ISO and German dates, and splits lists at semicolons and line breaks', () => {
    expect(parseImportDate('2024-02-29')).toBe('2024-02-29');
    expect(parseImportDate('1.3.2024')).toBe('2024-03-01');
    expect(parseImportDate('29.02.2023')).toBeNull();
    expect(parseImportDate('2024/01/01')).toBeNull();
    expect(splitList(' a ; b\n\nc;')).toEqual(['a', 'b', 'c']);
  });
});
