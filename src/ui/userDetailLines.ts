import type { Finding, UserDetail } from '../model/types.js';
import { daysBetween } from '../model/time.js';
import { formatAgo, formatDate, formatDateTime, formatDays } from './format.js';
import { SEVERITY_COLOR, SEVERITY_LABEL } from './theme.js';

/** One line of the user screen: text, and colour as a second signal. */
export interface DetailLine {
  text: string;
  color?: string;
  heading?: boolean;
}

const heading = (text: string): DetailLine => ({ text, heading: true });
const item = (text: string, color?: string): DetailLine => ({
  text: `  ${text}`,
  color,
});
const none = (what: string): DetailLine => item(`(${what})`);

function dated(date: Date | null, now: Date): string {
  return date === null
    ? '—'
    : `${formatDate(date)} (${formatDays(daysBetween(date, now))} old)`;
}

function identity(detail: UserDetail, now: Date): DetailLine[] {
  const { record, tags } = detail;
  const tagText = tags.map((tag) => `${tag.key}=${tag.value}`).join(', ');

  return [
    heading('Identity'),
    item(`ARN       ${record.arn}`),
    item(`user id   ${record.userId ?? '—'}`),
    item(`path      ${record.path}`),
    item(`created   ${dated(record.createdAt, now)}`),
    item(`tags      ${tagText || 'none'}`),
  ];
}

function consoleLogin(detail: UserDetail, now: Date): DetailLine[] {
  const profile = detail.loginProfile;

  if (profile === null)
    return [heading('Console login'), none('no login profile')];
  return [
    heading('Console login'),
    item(`created   ${formatDate(profile.createdAt)}`),
    item(`last used ${formatAgo(detail.record.passwordLastUsed, now)}`),
    item(
      `password reset required ${profile.passwordResetRequired ? 'yes' : 'no'}`,
    ),
  ];
}

function mfaDevices(detail: UserDetail): DetailLine[] {
  const devices = detail.record.mfaDevices;
  const lines = devices.map((device) =>
    item(
      `${device.serialNumber ?? '(serial unknown)'}  ${device.type}  enabled ${formatDate(device.enabledAt)}`,
    ),
  );
  const missing = detail.record.passwordEnabled ? 'red' : undefined;

  return [
    heading('MFA devices'),
    ...(lines.length ? lines : [item('none', missing)]),
  ];
}

function accessKeys(detail: UserDetail, now: Date): DetailLine[] {
  const lines = detail.record.accessKeys.map((key) => {
    const used =
      key.lastUsedAt === null
        ? 'never used'
        : `last used ${formatDate(key.lastUsedAt)} ${key.lastUsedService ?? '—'} ${key.lastUsedRegion ?? '—'}`;

    return item(
      `${key.accessKeyId ?? '(id unknown)'}  ${key.status}  created ${dated(key.createdAt, now)}  ${used}`,
      key.status === 'Active' ? undefined : 'gray',
    );
  });

  return [heading('Access keys'), ...(lines.length ? lines : [none('none')])];
}

function list(title: string, values: string[]): DetailLine[] {
  return [
    heading(title),
    ...(values.length ? values.map((value) => item(value)) : [none('none')]),
  ];
}

function findingLines(findings: readonly Finding[]): DetailLine[] {
  const lines = findings.map((finding) =>
    item(
      `${SEVERITY_LABEL[finding.severity].padEnd(6)} ${finding.title}${finding.cis ? ` (CIS ${finding.cis})` : ''}: ${finding.detail}`,
      SEVERITY_COLOR[finding.severity],
    ),
  );

  return [heading('Findings'), ...(lines.length ? lines : [none('none')])];
}

/** Everything the user screen shows, as lines it can scroll through. */
export function userDetailLines(
  detail: UserDetail,
  findings: readonly Finding[],
  now: Date,
): DetailLine[] {
  const { record } = detail;

  return [
    item(
      `read ${record.source === 'live' ? 'live' : 'from the credential report'} at ${formatDateTime(record.asOf)}`,
      'gray',
    ),
    ...identity(detail, now),
    ...consoleLogin(detail, now),
    ...mfaDevices(detail),
    ...accessKeys(detail, now),
    ...list('Groups', record.groups),
    ...list('Attached managed policies', record.attachedPolicies),
    ...list('Inline policies', record.inlinePolicies),
    ...findingLines(findings),
  ];
}

/** The user's page in the AWS console (IAM is global: no region). */
export function consoleUrl(userName: string): string {
  return `https://console.aws.amazon.com/iam/home#/users/details/${encodeURIComponent(userName)}`;
}
