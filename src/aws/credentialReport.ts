import {
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { LoadProgress } from '../model/types.js';
import { AwsProblem, hasCode } from './errors.js';

export interface FetchedCredentialReport {
  csv: string;
  generatedAt: Date;
}

export interface PollOptions {
  /** First wait between polls; it doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up (and let the caller fall back) after this long. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Codes that mean "no report to read yet": generate and poll again. */
const NOT_READY = ['ReportInProgress', 'ReportNotPresent', 'ReportExpired'];

async function tryRead(
  iam: IAMClient,
): Promise<FetchedCredentialReport | null> {
  try {
    const report = await iam.send(new GetCredentialReportCommand({}));
    return {
      csv: new TextDecoder().decode(report.Content ?? new Uint8Array()),
      generatedAt: report.GeneratedTime ?? new Date(0),
    };
  } catch (error) {
    if (hasCode(error, ...NOT_READY)) return null;
    throw error;
  }
}

/**
 * Asks IAM for the credential report and waits, with backoff, while it is
 * generated. Like AWS, a report younger than four hours comes back as it
 * is: the caller labels it with its GeneratedTime.
 */
export async function fetchCredentialReport(
  iam: IAMClient,
  onProgress: (progress: LoadProgress) => void,
  options: PollOptions = {},
): Promise<FetchedCredentialReport> {
  const sleep = options.sleep ?? sleepFor;
  const timeoutMs = options.timeoutMs ?? 60_000;
  let delay = options.initialDelayMs ?? 250;
  let waited = 0;

  for (;;) {
    onProgress({ step: 'generating the credential report' });
    const { State } = await iam.send(new GenerateCredentialReportCommand({}));
    if (State === 'COMPLETE') {
      const report = await tryRead(iam);
      if (report) return report;
    }

    if (waited >= timeoutMs) {
      throw new AwsProblem(
        `The credential report was not ready after ${timeoutMs / 1000} s.`,
        'ReportInProgress',
        { cause: null },
      );
    }
    await sleep(delay);
    waited += delay;
    delay = Math.min(delay * 2, options.maxDelayMs ?? 2_000);
  }
}
