import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { HttpHandler } from '@smithy/core/protocols';
import type { DebugLog } from '../debugLog.js';
import { CALL_LOG_STEP, CallLog, callLogMiddleware } from './callLog.js';

/** How to reach AWS, as the command line and the standard chain say. */
export interface ConnectionOptions {
  profile?: string;
  region?: string;
  /** Points both IAM and STS at another endpoint (sandbox, emulator). */
  endpointUrl?: string;
  /** Fixed credentials, for the sandbox; otherwise the standard chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Answers requests in-process (the embedded sandbox). */
  requestHandler?: HttpHandler;
  /** Attempts per call, retries included (adaptive retry mode). */
  maxAttempts?: number;
}

export interface AwsClients {
  iam: IAMClient;
  sts: STSClient;
  region: string;
  calls: CallLog;
  destroy(): void;
}

/** IAM is global; a region is needed only to sign, so any will do. */
const FALLBACK_REGION = 'us-east-1';

/**
 * The region the AWS CLI would use: --region, then the environment and
 * the profile's config, then us-east-1 (IAM answers in every region).
 */
async function resolveRegion(options: ConnectionOptions): Promise<string> {
  if (options.region) return options.region;
  const probe = new IAMClient({ profile: options.profile });
  try {
    return (await probe.config.region()) || FALLBACK_REGION;
  } catch {
    return FALLBACK_REGION;
  } finally {
    probe.destroy();
  }
}

export async function createClients(
  options: ConnectionOptions,
  debugLog: DebugLog,
): Promise<AwsClients> {
  const region = await resolveRegion(options);
  const config = {
    region,
    profile: options.profile,
    endpoint: options.endpointUrl,
    credentials: options.credentials,
    requestHandler: options.requestHandler,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 6,
  };
  const iam = new IAMClient(config);
  const sts = new STSClient(config);

  const calls = new CallLog(debugLog);
  iam.middlewareStack.add(callLogMiddleware(calls), CALL_LOG_STEP);
  sts.middlewareStack.add(callLogMiddleware(calls), CALL_LOG_STEP);

  return {
    iam,
    sts,
    region,
    calls,
    destroy() {
      iam.destroy();
      sts.destroy();
    },
  };
}
