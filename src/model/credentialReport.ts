import { parse } from 'csv-parse/sync';

/**
 * Parses the CSV that GetCredentialReport returns. Columns are found by
 * name, case-insensitively, so a reordered report, an extra column or one
 * from another IAM implementation still reads; the values AWS writes
 * where there is nothing to say (N/A, no_information, not_supported, an
 * empty cell) all become null.
 */

export interface ReportAccessKey {
  active: boolean;
  lastRotated: Date | null;
  lastUsedDate: Date | null;
  lastUsedRegion: string | null;
  lastUsedService: string | null;
}

export interface CredentialReportRow {
  user: string;
  arn: string;
  userCreationTime: Date;
  /** Null on the root row, where AWS writes not_supported. */
  passwordEnabled: boolean | null;
  passwordLastUsed: Date | null;
  passwordLastChanged: Date | null;
  mfaActive: boolean;
  /** Present keys only: a slot is present when active or ever rotated. */
  accessKeys: ReportAccessKey[];
}

export interface ParsedCredentialReport {
  root: CredentialReportRow | null;
  users: CredentialReportRow[];
}

/** The name AWS gives the root user's row. */
export const ROOT_ACCOUNT_USER = '<root_account>';

const REQUIRED_COLUMNS = ['user', 'arn', 'user_creation_time'] as const;

/** The report has two access key slots; columns are numbered 1 and 2. */
const ACCESS_KEY_SLOTS = [1, 2] as const;

/** Cell values that mean "nothing to report" rather than a value. */
const NO_VALUE = new Set(['', 'n/a', 'no_information', 'not_supported']);

type CsvRecord = Readonly<{ [column: string]: string | undefined }>;

export function parseCredentialReport(csv: string): ParsedCredentialReport {
  const { header, records } = parseRecords(csv);

  if (header.length === 0) {
    throw new Error('The credential report is empty: it has no header row.');
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new Error(
      `The credential report lacks the column(s) ${missing.join(', ')}; ` +
        'it does not look like an IAM credential report.',
    );
  }

  // Line 1 is the header, so the first record is on line 2.
  const rows = records.map((record, index) => toRow(record, index + 2));
  return {
    root: rows.find((row) => row.user === ROOT_ACCOUNT_USER) ?? null,
    users: rows.filter((row) => row.user !== ROOT_ACCOUNT_USER),
  };
}

function parseRecords(csv: string): {
  header: string[];
  records: CsvRecord[];
} {
  let header: string[] = [];

  try {
    const records: CsvRecord[] = parse(csv, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) => name.trim().toLowerCase());
        return header;
      },
      skip_empty_lines: true,
      trim: true,
    });
    return { header, records };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The credential report is not valid CSV: ${reason}`, {
      cause: error,
    });
  }
}

function toRow(record: CsvRecord, line: number): CredentialReportRow {
  const user = text(record, 'user');
  const arn = text(record, 'arn');
  const userCreationTime = date(record, 'user_creation_time');
  if (user === null || arn === null || userCreationTime === null) {
    throw new Error(
      `Line ${line} of the credential report has no user, arn or ` +
        'user_creation_time.',
    );
  }

  return {
    user,
    arn,
    userCreationTime,
    passwordEnabled: bool(record, 'password_enabled'),
    passwordLastUsed: date(record, 'password_last_used'),
    passwordLastChanged: date(record, 'password_last_changed'),
    mfaActive: bool(record, 'mfa_active') ?? false,
    accessKeys: ACCESS_KEY_SLOTS.map((slot) => accessKey(record, slot)).filter(
      (key): key is ReportAccessKey => key !== null,
    ),
  };
}

function accessKey(record: CsvRecord, slot: number): ReportAccessKey | null {
  const prefix = `access_key_${slot}_`;
  const active = bool(record, `${prefix}active`) ?? false;
  const lastRotated = date(record, `${prefix}last_rotated`);
  if (!active && lastRotated === null) return null;

  return {
    active,
    lastRotated,
    lastUsedDate: date(record, `${prefix}last_used_date`),
    lastUsedRegion: text(record, `${prefix}last_used_region`),
    lastUsedService: text(record, `${prefix}last_used_service`),
  };
}

function text(record: CsvRecord, column: string): string | null {
  const value = record[column];
  if (value === undefined || NO_VALUE.has(value.toLowerCase())) return null;
  return value;
}

function bool(record: CsvRecord, column: string): boolean | null {
  const value = text(record, column)?.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

/** An unreadable date is treated like "no information", not an error. */
function date(record: CsvRecord, column: string): Date | null {
  const value = text(record, column);
  if (value === null) return null;

  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
