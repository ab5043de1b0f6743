import type { InitiativeImportRecord } from '@pakt/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type RegisterFormat = 'csv' | 'xlsx';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file cannot be read at all (not CSV text, not an XLSX workbook); its rows are never looked at. */
export class UnreadableFileError extends Error {}

/**
 * The register as it travels in files. CSV in German uses ";" (what a German spreadsheet writes)
 * with a byte order mark so that Excel reads UTF-8; in English ",". XLSX has one sheet, the
 * header in bold. Both are read back into records of text cells for checkInitiativeImport.
 */
export async function writeRegisterFile(table: readonly string[][], format: RegisterFormat, language: 'de' | 'en'): Promise<Buffer> {
  if (format === 'csv') {
    const csv = Papa.unparse(table as string[][], { delimiter: language === 'de' ? ';' : ',', newline: '\r\n', quotes: true });
    return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(language === 'de' ? 'Initiativen' : 'Initiatives');
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The records of a register file; row numbers as a spreadsheet shows them (1 = the header). */
export async function readRegisterFile(content: Buffer, format: RegisterFormat): Promise<InitiativeImportRecord[]> {
  return format === 'csv' ? readCsv(content) : readXlsx(content);
}

function readCsv(content: Buffer): InitiativeImportRecord[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new UnreadableFileError('This is not a CSV text file.');
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const parsed = Papa.parse<string[]>(text, { delimiter: header.includes(';') ? ';' : ',', skipEmptyLines: false });
  return parsed.data.map((cells, index) => ({ row: index + 1, cells }));
}

async function readXlsx(content: Buffer): Promise<InitiativeImportRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('This is not an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: InitiativeImportRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    records.push({ row: row.number, cells });
  });
  return records;
}

/** A cell as the text a person sees in it; dates as YYYY-MM-DD (spreadsheets keep them in UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}
