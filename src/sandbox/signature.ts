import {
  createHash,
  createHmac,
  type Hash,
  type Hmac,
  timingSafeEqual,
} from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';
import type { SignatureScope } from './auth.js';
import { IamError } from './errors.js';
import type { SandboxRequest } from './service.js';

function bytes(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  return Buffer.from(data);
}

/** SHA-256 and HMAC-SHA-256 from node:crypto, shaped as the signer wants. */
export class Sha256 {
  private readonly hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.hash =
      secret === undefined
        ? createHash('sha256')
        : createHmac('sha256', bytes(secret));
  }

  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

function field(header: string, name: string): string | undefined {
  return new RegExp(`${name}=([^,\\s]+)`).exec(header)?.[1];
}

/** `20250301T120010Z`, the form of X-Amz-Date, as a Date. */
function signingDate(request: SandboxRequest): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(
    request.headers['x-amz-date'] ?? '',
  );
  if (!match) {
    throw new IamError(
      'IncompleteSignature',
      "Authorization header requires existence of either a 'X-Amz-Date' " +
        "or a 'Date' header.",
    );
  }
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const before = query[key];
    query[key] =
      before === undefined
        ? value
        : [...(Array.isArray(before) ? before : [before]), value];
  }
  return query;
}

function signatureMismatch(): IamError {
  return new IamError(
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature ' +
      'you provided. Check your AWS Secret Access Key and signing method. ' +
      'Consult the service documentation for details.',
  );
}

/**
 * Signs the received request again with the key's secret, over exactly
 * the headers the client signed, and compares the two signatures, as AWS
 * does.
 *
 * LIMITATION: the request time (X-Amz-Date) is not compared with the
 * sandbox's clock, which tests move freely, so a replayed request is
 * accepted where AWS would answer that the signature has expired.
 */
export async function verifySignature(
  request: SandboxRequest,
  scope: SignatureScope,
  credentials: { secretAccessKey: string; sessionToken?: string },
): Promise<void> {
  const header = request.headers.authorization ?? '';
  const claimed = field(header, 'Signature');
  const signedHeaders = field(header, 'SignedHeaders')?.split(';');
  if (!claimed || !signedHeaders) {
    throw new IamError(
      'IncompleteSignature',
      'Authorization header requires Signature and SignedHeaders ' +
        'parameters.',
    );
  }

  // The signer trusts a stated payload hash, so the body must match it.
  const statedHash = request.headers['x-amz-content-sha256'];
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  if (statedHash !== undefined && statedHash !== bodyHash) {
    throw signatureMismatch();
  }

  const url = new URL(request.path, 'http://sandbox.invalid');
  const signer = new SignatureV4({
    credentials: { accessKeyId: scope.accessKeyId, ...credentials },
    region: scope.region,
    service: scope.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: request.headers.host ?? '',
      path: url.pathname,
      query: queryOf(url),
      headers: Object.fromEntries(
        signedHeaders.map((name) => [name, request.headers[name] ?? '']),
      ),
      body: request.body,
    },
    {
      signingDate: signingDate(request),
      signableHeaders: new Set(signedHeaders),
    },
  );

  const expected = field(String(signed.headers.authorization), 'Signature');
  const same =
    expected !== undefined &&
    expected.length === claimed.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(claimed));
  if (!same) throw signatureMismatch();
}
