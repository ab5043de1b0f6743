import type { CombinedError } from 'urql';
import { errorWithCode } from '@pakt/web-data';

/** A row of an import's report as the api sends it in extensions.rows. */
export interface ReportRow {
  readonly row: number;
  readonly column: string | null;
  readonly code: string | null;
  readonly message: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** How the api answered a write, in the terms a form shows it. */
export type WriteProblem =
  | { readonly kind: 'invalid'; readonly fields: Readonly<Record<string, string>>; readonly rows: readonly ReportRow[] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed' };

function reportRows(value: unknown): ReportRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, column, code, message, values } = entry as Record<string, unknown>;
    if (typeof row !== 'number' || typeof message !== 'string') return [];
    return [
      {
        row,
        column: typeof column === 'string' ? column : null,
        code: typeof code === 'string' ? code : null,
        message,
        values: typeof values === 'object' && values !== null ? (values as Record<string, string | number>) : {},
      },
    ];
  });
}

export function writeProblem(error: CombinedError): WriteProblem {
  const invalid = errorWithCode(error, 'BAD_USER_INPUT');
  if (invalid) {
    const fields = invalid.extensions['fields'];
    const named =
      typeof fields === 'object' && fields !== null
        ? Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]))
        : {};
    return { kind: 'invalid', fields: named, rows: reportRows(invalid.extensions['rows']) };
  }
  if (errorWithCode(error, 'CONFLICT')) return { kind: 'conflict' };
  if (errorWithCode(error, 'NOT_FOUND') || errorWithCode(error, 'FORBIDDEN')) return { kind: 'not-found' };
  return { kind: 'failed' };
}

/** Whether the viewer may change the alliance's indicators, as the api reports their permissions. */
export function managesIndicators(alliance: { readonly viewerPermissions: readonly string[] }): boolean {
  return alliance.viewerPermissions.includes('indicator.manage');
}
