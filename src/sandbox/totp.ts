import { Secret, TOTP } from 'otpauth';
import type { SeededRandom } from './random.js';

/** RFC 6238 as AWS virtual MFA devices use it: SHA1, 6 digits, 30 s. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;

/** AWS's seeds are 40 random bytes: 64 base32 characters. */
const SEED_BYTES = 40;

/** The issuer authenticator apps show above the code. */
const ISSUER = 'Amazon Web Services';

/**
 * How far from now the pair of codes may lie, in 30 s steps: enabling
 * takes a few minutes of clock skew and the wait for the second code;
 * resynchronising exists for devices that drifted further.
 */
export const ENABLE_TOLERANCE = { past: 4, future: 2 } as const;
export const RESYNC_TOLERANCE = { past: 20, future: 20 } as const;

export type Tolerance = { past: number; future: number };

function totp(seed: string, label?: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(seed),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
  });
}

function step(time: Date): number {
  return Math.floor(time.getTime() / 1000 / PERIOD_SECONDS);
}

/** A new base32 seed, drawn from the sandbox's seeded random source. */
export function newSeed(random: SeededRandom): string {
  const bytes = new Uint8Array(SEED_BYTES);
  for (let i = 0; i < SEED_BYTES; i++) bytes[i] = random.int(0, 255);
  return new Secret({ buffer: bytes.buffer }).base32;
}

/** The otpauth:// URI that a virtual MFA device's QR code carries. */
export function otpauthUri(seed: string, label: string): string {
  return totp(seed, label).toString();
}

/** The code a device with `seed` shows at `time`. */
export function totpCode(seed: string, time: Date): string {
  return totp(seed).generate({ timestamp: time.getTime() });
}

/**
 * True when `code1` and `code2` are the codes of two consecutive 30 s
 * steps of the device with `seed`, close enough to `now`.
 */
export function areConsecutiveCodes(
  seed: string,
  code1: string,
  code2: string,
  now: Date,
  tolerance: Tolerance = ENABLE_TOLERANCE,
): boolean {
  const device = totp(seed);
  const current = step(now);
  const codeAt = (counter: number) =>
    device.generate({ timestamp: counter * PERIOD_SECONDS * 1000 });

  for (
    let first = current - tolerance.past;
    first < current + tolerance.future;
    first++
  ) {
    if (codeAt(first) === code1 && codeAt(first + 1) === code2) return true;
  }
  return false;
}
