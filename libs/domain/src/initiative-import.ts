import {
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  isValidInitiativePeriod,
  partnerProblem,
  REPORTING_CYCLES,
  type InitiativeKind,
  type InitiativeStatus,
  type ReportingCycle,
} from './initiative';
import { isLocalDate, type LocalDate } from './local-date';

/**
 * The register as a table: one row per initiative, the columns below. Export writes it (CSV or
 * XLSX), import reads it back; the api turns files into cells, the rules of the cells live here.
 * Lists (partners, action fields, regions, target groups) are written in one cell, separated by
 * ";" or line breaks; organisations, action fields and regions are named as in the alliance.
 */
export const INITIATIVE_COLUMNS = [
  'name',
  'kind',
  'status',
  'leadOrganisation',
  'partnerOrganisations',
  'actionFields',
  'regions',
  'targetGroups',
  'startOn',
  'endOn',
  'reportingCycle',
  'fundingNotes',
  'description',
] as const;
export type InitiativeColumn = (typeof INITIATIVE_COLUMNS)[number];

/** Columns an import cannot do without; the others may be left out (or empty). */
export const REQUIRED_INITIATIVE_COLUMNS: readonly InitiativeColumn[] = ['name', 'kind', 'leadOrganisation', 'actionFields', 'startOn'];

/** The headers of the export, by language; an import recognises either, without regard to case. */
export const INITIATIVE_COLUMN_HEADERS: Record<'de' | 'en', Record<InitiativeColumn, string>> = {
  de: {
    name: 'Name',
    kind: 'Art',
    status: 'Status',
    leadOrganisation: 'Federführung',
    partnerOrganisations: 'Partner',
    actionFields: 'Handlungsfelder',
    regions: 'Regionen',
    targetGroups: 'Zielgruppen',
    startOn: 'Beginn',
    endOn: 'Ende',
    reportingCycle: 'Berichtszyklus',
    fundingNotes: 'Finanzierung',
    description: 'Beschreibung',
  },
  en: {
    name: 'Name',
    kind: 'Kind',
    status: 'Status',
    leadOrganisation: 'Lead organisation',
    partnerOrganisations: 'Partners',
    actionFields: 'Action fields',
    regions: 'Regions',
    targetGroups: 'Target groups',
    startOn: 'Start',
    endOn: 'End',
    reportingCycle: 'Reporting cycle',
    fundingNotes: 'Funding',
    description: 'Description',
  },
};

/** Values an import accepts besides the enum names (compared without case). */
const KIND_WORDS: Record<InitiativeKind, readonly string[]> = {
  SINGLE: ['single', 'einzel', 'einzelinitiative'],
  JOINT: ['joint', 'gemeinsam', 'gemeinsame initiative', 'verbund'],
};
const STATUS_WORDS: Record<InitiativeStatus, readonly string[]> = {
  PLANNED: ['planned', 'geplant'],
  RUNNING: ['running', 'laufend', 'läuft'],
  PAUSED: ['paused', 'pausiert', 'ruhend'],
  COMPLETED: ['completed', 'abgeschlossen'],
  CANCELLED: ['cancelled', 'abgebrochen'],
};
const CYCLE_WORDS: Record<ReportingCycle, readonly string[]> = {
  MONTHLY: ['monthly', 'monatlich'],
  QUARTERLY: ['quarterly', 'vierteljährlich', 'quartalsweise'],
  HALF_YEARLY: ['half_yearly', 'half-yearly', 'halbjährlich'],
  YEARLY: ['yearly', 'jährlich'],
};

export const INITIATIVE_IMPORT_MAX_ROWS = 5_000;
export const INITIATIVE_NAME_LENGTH = 200;
export const INITIATIVE_TEXT_LENGTH = 20_000;
export const INITIATIVE_NOTES_LENGTH = 5_000;
export const INITIATIVE_TARGET_GROUP_LENGTH = 200;

export type InitiativeImportProblemCode =
  | 'EMPTY_FILE'
  | 'NO_ROWS'
  | 'TOO_MANY_ROWS'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_KIND'
  | 'INVALID_STATUS'
  | 'INVALID_CYCLE'
  | 'INVALID_DATE'
  | 'END_BEFORE_START'
  | 'UNKNOWN_ORGANISATION'
  | 'UNKNOWN_ACTION_FIELD'
  | 'UNKNOWN_REGION'
  | 'PARTNERS'
  | 'DUPLICATE_NAME'
  | 'EXISTING_NAME';

/**
 * A problem of one row: `row` is the row's number in the file (1 = the header), `column` the
 * header as written or null for the whole row. `message` is English; clients translate by `code`.
 */
export interface InitiativeImportProblem {
  row: number;
  column: string | null;
  code: InitiativeImportProblemCode;
  message: string;
  values?: Record<string, string | number>;
}

/** A good row, with names resolved to ids. */
export interface InitiativeImportRow {
  row: number;
  name: string;
  kind: InitiativeKind;
  status: InitiativeStatus;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  actionFieldIds: string[];
  regionIds: string[];
  targetGroups: string[];
  startOn: LocalDate;
  endOn: LocalDate | null;
  reportingCycle: ReportingCycle;
  fundingNotes: string | null;
  description: string;
}

export type InitiativeImportResult = { ok: true; rows: InitiativeImportRow[] } | { ok: false; problems: InitiativeImportProblem[] };

/** What the alliance has, by name: each map from the lower-cased trimmed name (and short name) to the id. */
export interface InitiativeImportLookup {
  organisations: ReadonlyMap<string, string>;
  actionFields: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
  /** Lower-cased names already in the register. */
  existingNames: ReadonlySet<string>;
}

/** One record of the file: its row number and its cells as text. */
export interface InitiativeImportRecord {
  row: number;
  cells: readonly string[];
}

export const normaliseName = (name: string): string => name.trim().toLowerCase();

/** Splits a list cell at ";" and line breaks, dropping empty entries. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A date as "YYYY-MM-DD" or German "D.M.YYYY"; null when it is neither or no real day. */
export function parseImportDate(text: string): LocalDate | null {
  const trimmed = text.trim();
  if (isLocalDate(trimmed)) return trimmed;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (!german) return null;
  const date = `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

function wordOf<T extends string>(values: readonly T[], words: Record<T, readonly string[]>, text: string): T | null {
  const lower = text.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === lower || words[value].includes(lower)) ?? null;
}

function columnOf(header: string): InitiativeColumn | null {
  const lower = header.trim().toLowerCase();
  return (
    INITIATIVE_COLUMNS.find(
      (column) =>
        column.toLowerCase() === lower ||
        INITIATIVE_COLUMN_HEADERS.de[column].toLowerCase() === lower ||
        INITIATIVE_COLUMN_HEADERS.en[column].toLowerCase() === lower,
    ) ?? null
  );
}

function problem(
  row: number,
  column: string | null,
  code: InitiativeImportProblemCode,
  message: string,
  values?: Record<string, string | number>,
): InitiativeImportProblem {
  return values === undefined ? { row, column, code, message } : { row, column, code, message, values };
}

/**
 * Checks a register file, given as records of cells (the first record is the header). Either every
 * row is good and comes back resolved, in file order, or every problem of every bad row comes
 * back, so that nothing at all is imported from a file with one bad row.
 *
 * - The header names the columns in any order, in German or English (INITIATIVE_COLUMN_HEADERS)
 *   or as the column keys; unknown and repeated columns are refused, required ones must be there.
 * - name (≤ 200 characters, unique in the file and not yet in the register), kind (SINGLE/JOINT or
 *   Einzel/Gemeinsam), lead organisation, at least one action field and the start are required;
 *   status defaults to PLANNED, the reporting cycle to QUARTERLY.
 * - Dates as YYYY-MM-DD or DD.MM.YYYY; the end, when given, not before the start.
 * - Organisations, action fields and regions must exist in the alliance (by name or short name).
 * - SINGLE has no partners, JOINT at least one, and the lead is not among them.
 */
export function checkInitiativeImport(records: readonly InitiativeImportRecord[], lookup: InitiativeImportLookup): InitiativeImportResult {
  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) return { ok: false, problems: [problem(1, null, 'EMPTY_FILE', 'The file is empty.')] };
  if (rows.length > INITIATIVE_IMPORT_MAX_ROWS) {
    return {
      ok: false,
      problems: [
        problem(rows[INITIATIVE_IMPORT_MAX_ROWS]!.row, null, 'TOO_MANY_ROWS', `The file has more than ${INITIATIVE_IMPORT_MAX_ROWS} rows.`, {
          max: INITIATIVE_IMPORT_MAX_ROWS,
        }),
      ],
    };
  }

  const problems: InitiativeImportProblem[] = [];
  const index: Partial<Record<InitiativeColumn, number>> = {};
  const names = header.cells.map((cell) => cell.trim());
  names.forEach((name, position) => {
    if (name === '') return;
    const column = columnOf(name);
    if (column === null) {
      problems.push(problem(header.row, name, 'UNKNOWN_COLUMN', `Unknown column "${name}".`, { name }));
    } else if (index[column] !== undefined) {
      problems.push(problem(header.row, name, 'DUPLICATE_COLUMN', `There is more than one column for "${name}".`, { column }));
    } else index[column] = position;
  });
  for (const column of REQUIRED_INITIATIVE_COLUMNS) {
    if (index[column] === undefined) {
      const headers = `${INITIATIVE_COLUMN_HEADERS.de[column]} / ${INITIATIVE_COLUMN_HEADERS.en[column]}`;
      problems.push(problem(header.row, null, 'MISSING_COLUMN', `The header has no column "${headers}".`, { column }));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [problem(header.row, null, 'NO_ROWS', 'The file has a header but no rows.')] };

  const good: InitiativeImportRow[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    const rowProblems: InitiativeImportProblem[] = [];
    const cell = (column: InitiativeColumn) => {
      const at = index[column];
      return at === undefined ? '' : (record.cells[at] ?? '').trim();
    };
    const headerOf = (column: InitiativeColumn) => names[index[column]!]!;
    const report = (column: InitiativeColumn, code: InitiativeImportProblemCode, message: string, values?: Record<string, string | number>) =>
      rowProblems.push(problem(record.row, headerOf(column), code, message, values));
    const required = (column: InitiativeColumn): string | null => {
      const text = cell(column);
      if (text === '') report(column, 'REQUIRED', 'Please fill in this cell.');
      return text === '' ? null : text;
    };
    const longest = (column: InitiativeColumn, text: string, max: number) => {
      if (text.length > max) report(column, 'TOO_LONG', `At most ${max} characters.`, { max });
    };
    const resolve = (column: InitiativeColumn, entries: readonly string[], map: ReadonlyMap<string, string>, code: InitiativeImportProblemCode, what: string) => {
      const ids: string[] = [];
      for (const entry of entries) {
        const id = map.get(normaliseName(entry));
        if (id === undefined) report(column, code, `There is no ${what} "${entry}" in this alliance.`, { name: entry });
        else if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    };

    const name = required('name');
    if (name !== null) {
      longest('name', name, INITIATIVE_NAME_LENGTH);
      const key = normaliseName(name);
      const first = seen.get(key);
      if (first !== undefined) report('name', 'DUPLICATE_NAME', `"${name}" is already in row ${first} of this file.`, { first });
      else seen.set(key, record.row);
      if (lookup.existingNames.has(key)) report('name', 'EXISTING_NAME', `"${name}" is already in the register.`, { name });
    }
    const kindText = required('kind');
    const kind = kindText === null ? null : wordOf(INITIATIVE_KINDS, KIND_WORDS, kindText);
    if (kindText !== null && kind === null) report('kind', 'INVALID_KIND', 'The kind is SINGLE (Einzel) or JOINT (Gemeinsam).', { text: kindText });
    const statusText = cell('status');
    const status = statusText === '' ? 'PLANNED' : wordOf(INITIATIVE_STATUSES, STATUS_WORDS, statusText);
    if (status === null) report('status', 'INVALID_STATUS', `The status is one of ${INITIATIVE_STATUSES.join(', ')}.`, { text: statusText });
    const cycleText = cell('reportingCycle');
    const reportingCycle = cycleText === '' ? 'QUARTERLY' : wordOf(REPORTING_CYCLES, CYCLE_WORDS, cycleText);
    if (reportingCycle === null) report('reportingCycle', 'INVALID_CYCLE', `The reporting cycle is one of ${REPORTING_CYCLES.join(', ')}.`, { text: cycleText });

    const leadText = required('leadOrganisation');
    const [leadOrganisationId] = leadText === null ? [] : resolve('leadOrganisation', [leadText], lookup.organisations, 'UNKNOWN_ORGANISATION', 'organisation');
    const partnerOrganisationIds = resolve('partnerOrganisations', splitList(cell('partnerOrganisations')), lookup.organisations, 'UNKNOWN_ORGANISATION', 'organisation');
    const actionFieldNames = splitList(cell('actionFields'));
    if (actionFieldNames.length === 0) report('actionFields', 'REQUIRED', 'Please name at least one action field.');
    const actionFieldIds = resolve('actionFields', actionFieldNames, lookup.actionFields, 'UNKNOWN_ACTION_FIELD', 'action field');
    const regionIds = resolve('regions', splitList(cell('regions')), lookup.regions, 'UNKNOWN_REGION', 'region');
    const targetGroups = splitList(cell('targetGroups'));
    if (targetGroups.some((group) => group.length > INITIATIVE_TARGET_GROUP_LENGTH)) {
      report('targetGroups', 'TOO_LONG', `A target group has at most ${INITIATIVE_TARGET_GROUP_LENGTH} characters.`, { max: INITIATIVE_TARGET_GROUP_LENGTH });
    }
    if (kind !== null) {
      // Without a known lead only the count of partners can be checked.
      const partners = partnerProblem(kind, leadOrganisationId ?? '', partnerOrganisationIds);
      if (partners !== null) report('kind', 'PARTNERS', PARTNER_MESSAGES[partners], { problem: partners });
    }

    const startText = required('startOn');
    const startOn = startText === null ? null : parseImportDate(startText);
    if (startText !== null && startOn === null) report('startOn', 'INVALID_DATE', 'Please give a date as YYYY-MM-DD or DD.MM.YYYY.', { text: startText });
    const endText = cell('endOn');
    const endOn = endText === '' ? null : parseImportDate(endText);
    if (endText !== '' && endOn === null) report('endOn', 'INVALID_DATE', 'Please give a date as YYYY-MM-DD or DD.MM.YYYY.', { text: endText });
    else if (startOn !== null && !isValidInitiativePeriod(startOn, endOn)) report('endOn', 'END_BEFORE_START', 'The end is before the start.');

    const description = cell('description');
    longest('description', description, INITIATIVE_TEXT_LENGTH);
    const fundingNotes = cell('fundingNotes');
    longest('fundingNotes', fundingNotes, INITIATIVE_NOTES_LENGTH);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    good.push({
      row: record.row,
      name: name!,
      kind: kind!,
      status: status!,
      leadOrganisationId: leadOrganisationId!,
      partnerOrganisationIds,
      actionFieldIds,
      regionIds,
      targetGroups,
      startOn: startOn!,
      endOn,
      reportingCycle: reportingCycle!,
      fundingNotes: fundingNotes === '' ? null : fundingNotes,
      description,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: good };
}

export const PARTNER_MESSAGES: Record<NonNullable<ReturnType<typeof partnerProblem>>, string> = {
  SINGLE_WITH_PARTNERS: 'A single initiative has no partner organisations; make it a joint one.',
  JOINT_WITHOUT_PARTNERS: 'A joint initiative needs at least one partner organisation.',
  LEAD_AS_PARTNER: 'The lead organisation cannot also be a partner.',
};

/** One initiative as the export writes it (names, not ids). */
export interface InitiativeRegisterEntry {
  name: string;
  kind: InitiativeKind;
  status: InitiativeStatus;
  leadOrganisation: string;
  partnerOrganisations: readonly string[];
  actionFields: readonly string[];
  regions: readonly string[];
  targetGroups: readonly string[];
  startOn: LocalDate;
  endOn: LocalDate | null;
  reportingCycle: ReportingCycle;
  fundingNotes: string | null;
  description: string;
}

/** The header and rows of the export, in INITIATIVE_COLUMNS order; checkInitiativeImport reads them back. */
export function initiativeRegisterTable(entries: readonly InitiativeRegisterEntry[], language: 'de' | 'en'): string[][] {
  const header = INITIATIVE_COLUMNS.map((column) => INITIATIVE_COLUMN_HEADERS[language][column]);
  const rows = entries.map((entry) =>
    INITIATIVE_COLUMNS.map((column): string => {
      const value = entry[column];
      if (value === null) return '';
      return typeof value === 'string' ? value : value.join('; ');
    }),
  );
  return [header, ...rows];
}
