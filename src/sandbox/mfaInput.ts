// Reads and checks the fields of MFA requests as AWS's model does.

import { IamError } from './errors.js';
import { constrained, constraintError, type Params } from './params.js';
import type { SandboxVirtualMfaDevice } from './state.js';
import { areConsecutiveCodes, type Tolerance } from './totp.js';

const ASSIGNMENT_STATUSES = ['Assigned', 'Unassigned', 'Any'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const SERIAL_PATTERN = '[\\w+=/:,.@-]+';
const CODE_PATTERN = '[\\d]+';

export function serialNumber(params: Params): string {
  return constrained('SerialNumber', params.optional('SerialNumber'), {
    min: 9,
    max: 256,
    pattern: SERIAL_PATTERN,
  });
}

function authenticationCode(params: Params, field: string): string {
  return constrained(field, params.optional(field), {
    min: 6,
    max: 6,
    pattern: CODE_PATTERN,
  });
}

function invalidCode(): IamError {
  return new IamError(
    'InvalidAuthenticationCode',
    'Authentication code for device is not valid.',
  );
}

/**
 * Checks the two codes against the device's seed. Hardware tokens have no
 * seed the sandbox knows: they exist only in the seeded team, enabled at
 * seeding time, so any code offered for one is refused as AWS refuses a
 * wrong one.
 */
export function checkCodes(
  device: SandboxVirtualMfaDevice | undefined,
  params: Params,
  now: Date,
  tolerance: Tolerance,
): void {
  const code1 = authenticationCode(params, 'AuthenticationCode1');
  const code2 = authenticationCode(params, 'AuthenticationCode2');
  if (
    !device ||
    !areConsecutiveCodes(device.base32Seed, code1, code2, now, tolerance)
  ) {
    throw invalidCode();
  }
}

export function assignmentStatus(params: Params): AssignmentStatus {
  const value = params.optional('AssignmentStatus') ?? 'Any';
  if (!(ASSIGNMENT_STATUSES as readonly string[]).includes(value)) {
    throw constraintError(
      'AssignmentStatus',
      value,
      'Member must satisfy enum value set: [Assigned, Unassigned, Any]',
    );
  }
  return value as AssignmentStatus;
}
