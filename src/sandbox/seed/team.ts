import { addUser } from '../actions/users.js';
import type { SandboxAccount, SandboxUser } from '../state.js';
import { awsPolicyArn } from './awsManagedPolicies.js';
import { seedAccountState } from './account.js';
import { daysAgo } from './clock.js';
import {
  giveAccessKey,
  giveConsolePassword,
  giveHardwareMfa,
  giveVirtualMfa,
} from './credentials.js';
import { seedGroups, type TeamGroups } from './groups.js';
import {
  type Member,
  randomPerson,
  randomServiceUser,
  ROSTER,
} from './members.js';
import { NameBook } from './names.js';

const TEAMS = ['platform', 'payments', 'data', 'mobile', 'web', 'sre'];

function tagMember(
  account: SandboxAccount,
  user: SandboxUser,
  isPerson: boolean,
) {
  const team = account.random.pick(TEAMS);
  user.tags.push({ key: 'team', value: team });
  user.tags.push({
    key: 'email',
    value: isPerson
      ? `${user.userName}@example.com`
      : `${team}-team@example.com`,
  });
}

function addMember(
  account: SandboxAccount,
  member: Member,
  names: NameBook,
  groups: TeamGroups,
  supportPolicyArn: string,
): void {
  const isPerson = member.console !== undefined;
  const userName = isPerson ? names.person().userName : names.service();
  const user = addUser(account, userName, {
    createDate: daysAgo(
      account,
      account.random.int(
        Math.max(...member.keys.map((k) => k.ageDays), 90),
        1400,
      ),
    ),
  });
  tagMember(account, user, isPerson);

  if (member.console) giveConsolePassword(account, user, member.console);
  if (member.mfa === 'virtual' || member.mfa === 'both')
    giveVirtualMfa(account, user);
  if (member.mfa === 'hardware' || member.mfa === 'both')
    giveHardwareMfa(account, user);
  for (const key of member.keys) giveAccessKey(account, user, key);
  for (const group of member.groups) user.groups.push(groups[group].groupName);

  if (member.direct) {
    user.attachedPolicies.push(
      awsPolicyArn('AmazonS3ReadOnlyAccess'),
      supportPolicyArn,
    );
    user.inlinePolicies.set(
      'temporary-ec2-access',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
      }),
    );
  }
}

/**
 * Seeds `size` team members (deterministic from the account's seed, times
 * relative to its clock) and the groups, policies and account-wide state
 * around them.
 */
export function seedTeam(account: SandboxAccount, size: number): void {
  seedAccountState(account);
  const { groups, supportPolicyArn } = seedGroups(account);
  const names = new NameBook(account.random);

  for (let i = 0; i < size; i++) {
    const member =
      ROSTER[i] ??
      (account.random.chance(0.25)
        ? randomServiceUser(account)
        : randomPerson(account));
    addMember(account, member, names, groups, supportPolicyArn);
  }
}
