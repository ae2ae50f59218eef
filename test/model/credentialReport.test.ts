import { describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../../src/model/credentialReport.js';
import { CREDENTIAL_REPORT_COLUMNS } from '../../src/sandbox/credentialReportCsv.js';

// The 22 columns of a credential report, in AWS's order (IAM User Guide,
// "Generate credential reports for your AWS account"). AWS writes N/A
// where a value does not apply (no password, no key, a key never used),
// no_information where IAM has no record (a password never used), and
// not_supported on the root row for password_enabled,
// password_last_changed and password_next_rotation.
const HEADER = CREDENTIAL_REPORT_COLUMNS.join(',');

const ROOT =
  '<root_account>,arn:aws:iam::123456789012:root,2015-01-01T00:00:00+00:00,' +
  'not_supported,2026-05-30T08:00:00+00:00,not_supported,not_supported,' +
  'true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

const ALICE =
  'alice,arn:aws:iam::123456789012:user/alice,2024-02-01T10:00:00+00:00,' +
  'true,2026-05-31T09:00:00+00:00,2024-02-01T10:05:00+00:00,N/A,true,' +
  'true,2024-02-02T00:00:00+00:00,2026-05-31T10:00:00+00:00,eu-west-1,s3,' +
  'false,2024-03-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A';

const BOB =
  'bob,arn:aws:iam::123456789012:user/bob,2025-01-01T00:00:00+00:00,' +
  'true,no_information,2025-01-01T00:00:00+00:00,N/A,false,' +
  'false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

const report = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('parseCredentialReport', () => {
  it('reads the root row apart from the users', () => {
    const { root, users } = parseCredentialReport(report(ROOT, ALICE, BOB));

    expect(root).toEqual({
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      userCreationTime: new Date('2015-01-01T00:00:00Z'),
      passwordEnabled: null,
      passwordLastUsed: new Date('2026-05-30T08:00:00Z'),
      passwordLastChanged: null,
      mfaActive: true,
      accessKeys: [],
    });
    expect(users.map((u) => u.user)).toEqual(['alice', 'bob']);
  });

  it('keeps an inactive key that was once rotated, with its dates', () => {
    const [alice] = parseCredentialReport(report(ALICE)).users;

    expect(alice?.passwordEnabled).toBe(true);
    expect(alice?.mfaActive).toBe(true);
    expect(alice?.accessKeys).toEqual([
      {
        active: true,
        lastRotated: new Date('2024-02-02T00:00:00Z'),
        lastUsedDate: new Date('2026-05-31T10:00:00Z'),
        lastUsedRegion: 'eu-west-1',
        lastUsedService: 's3',
      },
      {
        active: false,
        lastRotated: new Date('2024-03-01T00:00:00Z'),
        lastUsedDate: null,
        lastUsedRegion: null,
        lastUsedService: null,
      },
    ]);
  });

  it('turns no_information and N/A into null, and drops empty slots', () => {
    const [bob] = parseCredentialReport(report(BOB)).users;

    expect(bob?.passwordLastUsed).toBeNull();
    expect(bob?.passwordLastChanged).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(bob?.mfaActive).toBe(false);
    expect(bob?.accessKeys).toEqual([]);
  });

  it('finds columns by name, in any case and order, ignoring extras', () => {
    const csv =
      'MFA_Active,Extra_Column,ARN,User,User_Creation_Time,Password_Enabled\n' +
      'TRUE,whatever,arn:aws:iam::123456789012:user/carol,carol,' +
      '2025-06-01T00:00:00Z,FALSE\n';

    const { root, users } = parseCredentialReport(csv);

    expect(root).toBeNull();
    expect(users).toEqual([
      {
        user: 'carol',
        arn: 'arn:aws:iam::123456789012:user/carol',
        userCreationTime: new Date('2025-06-01T00:00:00Z'),
        passwordEnabled: false,
        passwordLastUsed: null,
        passwordLastChanged: null,
        mfaActive: true,
        accessKeys: [],
      },
    ]);
  });

  it('accepts a byte order mark, blank lines and empty cells', () => {
    const csv =
      '\uFEFFuser,arn,user_creation_time,password_enabled,mfa_active\n\n' +
      'dave,arn:aws:iam::123456789012:user/dave,2025-06-01T00:00:00Z,,\n';

    const [dave] = parseCredentialReport(csv).users;

    expect(dave?.user).toBe('dave');
    expect(dave?.passwordEnabled).toBeNull();
    expect(dave?.mfaActive).toBe(false);
  });

  it('reads a report with only the header as no users', () => {
    expect(parseCredentialReport(HEADER + '\n')).toEqual({
      root: null,
      users: [],
    });
  });

  it.each([
    ['an empty report', '', /empty/],
    ['no arn column', 'user,user_creation_time\nx,2025-01-01T00:00:00Z', /arn/],
    [
      'no user column',
      'arn,user_creation_time\na,2025-01-01T00:00:00Z',
      /user/,
    ],
    ['an unclosed quote', `${HEADER}\n"alice,arn`, /not valid CSV/],
    ['a row with too many cells', `${HEADER}\n${ALICE},extra`, /not valid CSV/],
    [
      'a row without a creation time',
      `${HEADER}\n${BOB.replace('2025-01-01T00:00:00+00:00', 'N/A')}`,
      /Line 2/,
    ],
  ])('rejects %s with a clear error', (_label, csv, message) => {
    expect(() => parseCredentialReport(csv)).toThrow(message);
  });
});
