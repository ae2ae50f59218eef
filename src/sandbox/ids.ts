import type { SeededRandom } from './random.js';

const UPPER_AND_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The prefixes AWS gives its unique ids, so ids read like the real thing:
 * AIDA users, AGPA groups, ANPA managed policies, AKIA long-term access
 * keys, ASIA temporary ones.
 */
export type IdPrefix = 'AIDA' | 'AGPA' | 'ANPA' | 'AKIA' | 'ASIA';

export function uniqueId(random: SeededRandom, prefix: IdPrefix): string {
  const length = prefix === 'AKIA' || prefix === 'ASIA' ? 16 : 17;
  return prefix + random.string(UPPER_AND_DIGITS, length);
}

export function secretAccessKey(random: SeededRandom): string {
  return random.string(SECRET_ALPHABET, 40);
}

export function requestId(random: SeededRandom): string {
  const hex = random.string('0123456789abcdef', 32);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}
