import { evaluateFindings } from '../../src/model/findings.js';
import type { Finding, Inventory } from '../../src/model/types.js';
import {
  daysAgo,
  makeAccessKey,
  makeConsoleUser,
  makeInventory,
  makeMfaDevice,
  makeUser,
  NOW,
} from '../fixtures/inventory.js';

/**
 * One inventory that exercises every column of every format: a console
 * user without MFA, a user with a hardware device seen only in the
 * credential report, a service user with an old key and a second one,
 * a name with characters that need escaping, and account-level findings.
 */
export function reportFixture(): { inventory: Inventory; findings: Finding[] } {
  const inventory = makeInventory({
    account: { rootAccessKeysPresent: true },
    users: [
      makeConsoleUser({
        userName: 'alice',
        mfaDevices: [],
        mfaActive: false,
        groups: ['developers', 'on-call'],
      }),
      makeConsoleUser({
        userName: 'bob',
        passwordLastUsed: null,
        mfaDevices: [
          makeMfaDevice('bob'),
          { serialNumber: null, type: 'hardware', enabledAt: null },
        ],
      }),
      makeUser({
        userName: 'ci-deploy',
        accessKeys: [
          makeAccessKey({ createdAt: daysAgo(412) }),
          makeAccessKey({
            accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
            status: 'Inactive',
            lastUsedAt: null,
            lastUsedService: null,
            lastUsedRegion: null,
          }),
        ],
        inlinePolicies: ['deploy|legacy'],
      }),
      makeUser({ userName: '=cmd@example.com' }),
    ],
  });

  return { inventory, findings: evaluateFindings(inventory, NOW) };
}
