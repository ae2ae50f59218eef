import { describe, expect, it } from 'vitest';
import { reportFreshness } from '../../src/model/freshness.js';
import { formatReport, type ReportJson } from '../../src/report/index.js';
import { makeInventory, NOW } from '../fixtures/inventory.js';

const minutesBefore = (minutes: number) =>
  new Date(NOW.getTime() - minutes * 60_000);

describe('reportFreshness', () => {
  it('calls a report older than 15 minutes stale, with its age', () => {
    expect(reportFreshness(minutesBefore(3), NOW)).toEqual({
      age: '3m',
      stale: false,
    });
    expect(reportFreshness(minutesBefore(130), NOW)).toEqual({
      age: '2h 10m',
      stale: true,
    });
    expect(reportFreshness(minutesBefore(60 * 26), NOW)?.age).toBe('1d 2h');
    expect(reportFreshness(null, NOW)).toBeNull();
  });
});

describe('a stale credential report in the report output', () => {
  const stale = makeInventory({
    source: 'credential-report',
    credentialReportGeneratedAt: minutesBefore(130),
  });
  const fresh = makeInventory({
    source: 'credential-report',
    credentialReportGeneratedAt: minutesBefore(2),
  });

  it('is labelled stale in the table and Markdown', () => {
    for (const format of ['table', 'markdown'] as const) {
      expect(formatReport(stale, [], format, NOW)).toContain(
        '2h 10m old, stale',
      );
      expect(formatReport(fresh, [], format, NOW)).not.toContain('stale');
    }
  });

  it('says so in the JSON', () => {
    const parse = (text: string) => JSON.parse(text) as ReportJson;
    expect(
      parse(formatReport(stale, [], 'json', NOW)).credentialReportStale,
    ).toBe(true);
    expect(
      parse(formatReport(fresh, [], 'json', NOW)).credentialReportStale,
    ).toBe(false);
  });
});
