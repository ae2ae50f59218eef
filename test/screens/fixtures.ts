import type { Inventory } from '../../src/model/types.js';
import {
  daysAgo,
  makeAccessKey,
  makeConsoleUser,
  makeInventory,
  makeUser,
} from '../fixtures/inventory.js';

/**
 * A small team with one of each problem:
 * - alice: console user with a virtual MFA device, in `admins`;
 * - bob: console user without MFA (finding: console without MFA);
 * - carol: no console, an access key unused for 200 days, in `ci`;
 * - dave: compliant programmatic user with a fresh key, in `ci`.
 */
export function teamInventory(): Inventory {
  return makeInventory({
    users: [
      makeConsoleUser({ userName: 'alice', groups: ['admins'] }),
      makeConsoleUser({ userName: 'bob', mfaDevices: [], mfaActive: false }),
      makeUser({
        userName: 'carol',
        groups: ['ci'],
        accessKeys: [
          makeAccessKey({
            accessKeyId: 'AKIACAROL00000000001',
            createdAt: daysAgo(300),
            lastUsedAt: daysAgo(200),
          }),
        ],
      }),
      makeUser({
        userName: 'dave',
        groups: ['ci'],
        accessKeys: [makeAccessKey({ accessKeyId: 'AKIADAVE000000000001' })],
      }),
    ],
  });
}

/** `count` plain users named user00001, user00002, ... */
export function bigInventory(count: number): Inventory {
  return makeInventory({
    users: Array.from({ length: count }, (_, i) =>
      makeUser({ userName: `user${String(i + 1).padStart(5, '0')}` }),
    ),
  });
}
