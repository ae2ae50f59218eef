import type { SandboxAccount } from '../state.js';
import { daysAgo } from './clock.js';
import { orphanVirtualMfa } from './credentials.js';

export const ACCOUNT_ALIAS = 'acme-platform';

/**
 * The account-wide state of a team that grew without an audit: an alias,
 * root with no MFA and one old active access key (CIS 1.4 and 1.5 both
 * fail), no password policy (AWS's weak default), and virtual MFA
 * devices nobody uses any more.
 */
export function seedAccountState(account: SandboxAccount): void {
  account.aliases = [ACCOUNT_ALIAS];

  account.root = {
    createDate: daysAgo(account, 1500),
    passwordLastUsed: daysAgo(account, 45),
    mfaEnabled: false,
    mfaHardware: false,
    accessKeys: [
      {
        active: true,
        createDate: daysAgo(account, 1450),
        lastUsed: daysAgo(account, 210),
      },
    ],
  };

  // Left unset on purpose: an account without one gets AWS's defaults.
  account.passwordPolicy = undefined;

  orphanVirtualMfa(account, 'old-phone', 800);
  orphanVirtualMfa(account, 'onboarding-test', 30);
}
