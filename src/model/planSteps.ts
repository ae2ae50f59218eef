/**
 * One PlanStep per IAM write mfa-tui makes, each with its request
 * parameters, its effect in AWS's words, and whether it can be undone or
 * safely sent twice. Pure: the plan builders assemble these.
 */
import type { PlanStep } from './plans.js';

/** The inline policy that contains a user: it denies every action. */
export const CONTAINMENT_POLICY_NAME = 'mfa-tui-containment';

export const CONTAINMENT_POLICY_DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'MfaTuiContainment',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
    },
  ],
});

/** "AKIAIOSFODNN7EXAMPLE" -> "AKIA…MPLE": enough to tell keys apart. */
export function shortKeyId(accessKeyId: string): string {
  if (accessKeyId.length <= 8) return accessKeyId;
  return `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`;
}

/** A virtual device's name (the ARN after `mfa/`), or a hardware serial. */
export function shortSerial(serialNumber: string): string {
  const match = /:mfa\/(.+)$/.exec(serialNumber);
  return match?.[1] ?? serialNumber;
}

export function deactivateMfaDeviceStep(
  userName: string,
  serialNumber: string,
): PlanStep {
  return {
    action: 'DeactivateMFADevice',
    params: { UserName: userName, SerialNumber: serialNumber },
    description:
      `deactivate MFA device ${shortSerial(serialNumber)} ` +
      `of user ${userName}`,
    // Only the device's owner can enable it again, with two codes.
    reversible: false,
    // A second call fails with NoSuchEntity: its outcome must be read,
    // not guessed, so it is sent once.
    idempotent: false,
  };
}

export function deleteVirtualMfaDeviceStep(serialNumber: string): PlanStep {
  return {
    action: 'DeleteVirtualMFADevice',
    params: { SerialNumber: serialNumber },
    description: `delete virtual MFA device ${shortSerial(serialNumber)}`,
    reversible: false,
    idempotent: false,
  };
}

export function updateAccessKeyStep(
  userName: string,
  accessKeyId: string,
  status: 'Active' | 'Inactive',
): PlanStep {
  const verb = status === 'Active' ? 'activate' : 'deactivate';
  return {
    action: 'UpdateAccessKey',
    params: { UserName: userName, AccessKeyId: accessKeyId, Status: status },
    description: `${verb} access key ${shortKeyId(accessKeyId)} of user ${userName}`,
    reversible: true,
    idempotent: true,
  };
}

export function deleteAccessKeyStep(
  userName: string,
  accessKeyId: string,
): PlanStep {
  return {
    action: 'DeleteAccessKey',
    params: { UserName: userName, AccessKeyId: accessKeyId },
    description: `delete access key ${shortKeyId(accessKeyId)} of user ${userName}`,
    reversible: false,
    idempotent: false,
  };
}

export function deleteLoginProfileStep(userName: string): PlanStep {
  return {
    action: 'DeleteLoginProfile',
    params: { UserName: userName },
    description: `delete the login profile of user ${userName} (console access)`,
    // A new login profile needs a new password: the old one is gone.
    reversible: false,
    idempotent: false,
  };
}

export function putContainmentPolicyStep(userName: string): PlanStep {
  return {
    action: 'PutUserPolicy',
    params: {
      UserName: userName,
      PolicyName: CONTAINMENT_POLICY_NAME,
      PolicyDocument: CONTAINMENT_POLICY_DOCUMENT,
    },
    description:
      `put inline policy ${CONTAINMENT_POLICY_NAME} (deny all actions) ` +
      `on user ${userName}`,
    // DeleteUserPolicy undoes it; a second put writes the same document.
    reversible: true,
    idempotent: true,
  };
}
