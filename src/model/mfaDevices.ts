import type { MfaDeviceType } from './types.js';

/**
 * Tells a device's type from its serial number: virtual devices are
 * `arn:aws:iam::ACCOUNT:mfa/NAME`; FIDO security keys
 * (`arn:aws:iam::ACCOUNT:u2f/...`) and hardware TOTP tokens (a bare serial
 * such as GAHT12345678) are both physical devices.
 */
export function mfaDeviceType(serialNumber: string): MfaDeviceType {
  if (/^arn:aws[\w-]*:iam::\d*:mfa\//.test(serialNumber)) return 'virtual';
  return 'hardware';
}
