import {
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteConflictException,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  EntityAlreadyExistsException,
  InvalidAuthenticationCodeException,
  LimitExceededException,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
  ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { otpauthUri, totpCode } from '../../src/sandbox/totp.js';
import {
  type ManualClock,
  manualClock,
  failure,
  type SandboxHarness,
  startSandbox,
  TRANSPORTS,
} from './harness.js';

const ACCOUNT = '123456789012';
const STEP_MS = 30_000;

describe('totp', () => {
  it('matches the RFC 6238 SHA1 test vector', () => {
    // RFC 6238 appendix B: seed "12345678901234567890" at T=59 s gives
    // 94287082; AWS devices show the last 6 digits.
    const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totpCode(seed, new Date(59_000))).toBe('287082');
  });
});

describe.each(TRANSPORTS)('MFA devices over %s', (transport) => {
  let h: SandboxHarness;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = manualClock();
    h = await startSandbox(transport, { clock });
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await h.iam.send(new CreateUserCommand({ UserName: 'bob' }));
  });
  afterEach(() => h.close());

  /** Creates a virtual MFA device; returns its serial and base32 seed. */
  async function createDevice(name: string) {
    const { VirtualMFADevice } = await h.iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }),
    );
    return {
      serial: VirtualMFADevice?.SerialNumber ?? '',
      seed: new TextDecoder().decode(VirtualMFADevice?.Base32StringSeed),
    };
  }

  /** The previous and the current code, as a person types them. */
  function codes(seed: string, offsetMs = 0) {
    const now = clock.now().getTime() + offsetMs;
    return {
      AuthenticationCode1: totpCode(seed, new Date(now - STEP_MS)),
      AuthenticationCode2: totpCode(seed, new Date(now)),
    };
  }

  type Codes = ReturnType<typeof codes>;

  function enable(UserName: string, SerialNumber: string, pair: Codes) {
    return h.iam.send(
      new EnableMFADeviceCommand({ UserName, SerialNumber, ...pair }),
    );
  }

  /** Enables a device with the right codes for now. */
  async function enroll(
    user: string,
    device: { serial: string; seed: string },
  ) {
    await enable(user, device.serial, codes(device.seed));
  }

  async function listMfa(UserName?: string) {
    const page = await h.iam.send(new ListMFADevicesCommand({ UserName }));
    return page.MFADevices ?? [];
  }

  it('creates a device with a base32 seed and a PNG QR of its URI', async () => {
    const { VirtualMFADevice } = await h.iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice' }),
    );
    expect(VirtualMFADevice?.SerialNumber).toBe(
      `arn:aws:iam::${ACCOUNT}:mfa/alice`,
    );

    // Both are blobs: the SDK base64-decodes them into bytes.
    const seed = new TextDecoder().decode(VirtualMFADevice?.Base32StringSeed);
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    const png = Buffer.from(VirtualMFADevice?.QRCodePNG ?? new Uint8Array());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const uri = otpauthUri(seed, `alice@${ACCOUNT}`);
    expect(uri).toContain('otpauth://totp/');
    expect(uri).toContain(`secret=${seed}`);
    expect(png.equals(await QRCode.toBuffer(uri, { type: 'png' }))).toBe(true);
  });

  it('puts the path in the serial and refuses a duplicate name', async () => {
    const { VirtualMFADevice } = await h.iam.send(
      new CreateVirtualMFADeviceCommand({
        VirtualMFADeviceName: 'ops',
        Path: '/team/',
      }),
    );
    expect(VirtualMFADevice?.SerialNumber).toBe(
      `arn:aws:iam::${ACCOUNT}:mfa/team/ops`,
    );
    const error = await failure(
      h.iam.send(
        new CreateVirtualMFADeviceCommand({
          VirtualMFADeviceName: 'OPS',
          Path: '/team/',
        }),
      ),
    );
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);

    const badPath = await failure(
      h.iam.send(
        new CreateVirtualMFADeviceCommand({
          VirtualMFADeviceName: 'ops',
          Path: 'team',
        }),
      ),
    );
    expect(badPath.name).toBe('ValidationError');
  });

  it('enables a device with two consecutive codes', async () => {
    const device = await createDevice('alice');
    await enroll('alice', device);

    const [listed] = await listMfa('alice');
    expect(listed?.SerialNumber).toBe(device.serial);
    expect(listed?.UserName).toBe('alice');
    expect(listed?.EnableDate?.toISOString()).toBe(clock.now().toISOString());

    const { VirtualMFADevices } = await h.iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }),
    );
    expect(VirtualMFADevices?.[0]?.User?.UserName).toBe('alice');
    expect(VirtualMFADevices?.[0]?.EnableDate).toBeInstanceOf(Date);
  });

  it('refuses codes that are not two consecutive ones', async () => {
    const device = await createDevice('alice');
    const { AuthenticationCode1, AuthenticationCode2 } = codes(device.seed);
    const later = totpCode(
      device.seed,
      new Date(clock.now().getTime() + STEP_MS),
    );
    for (const [first, second] of [
      [AuthenticationCode2, AuthenticationCode1],
      [AuthenticationCode1, later],
      ['000000', '111111'],
    ] as const) {
      const error = await failure(
        enable('alice', device.serial, {
          AuthenticationCode1: first,
          AuthenticationCode2: second,
        }),
      );
      // AWS: 403 InvalidAuthenticationCode, "Authentication code for
      // device is not valid."
      expect(error).toBeInstanceOf(InvalidAuthenticationCodeException);
      expect(error.$metadata.httpStatusCode).toBe(403);
      expect(error.message).toBe(
        'Authentication code for device is not valid.',
      );
    }
    expect(await listMfa('alice')).toEqual([]);
  });

  it('refuses a device already in use, and a ninth device', async () => {
    const first = await createDevice('alice-1');
    await enroll('alice', first);
    const error = await failure(enable('bob', first.serial, codes(first.seed)));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);

    // IAM's quota: 8 MFA devices per user.
    for (let i = 2; i <= 8; i++) {
      await enroll('alice', await createDevice(`alice-${i}`));
    }
    const ninth = await createDevice('alice-9');
    const limit = await failure(
      enable('alice', ninth.serial, codes(ninth.seed)),
    );
    expect(limit).toBeInstanceOf(LimitExceededException);
    expect(limit.$metadata.httpStatusCode).toBe(409);
    expect(await listMfa('alice')).toHaveLength(8);
  });

  it('resyncs a drifted device that enabling would refuse', async () => {
    const device = await createDevice('alice');
    await enroll('alice', device);
    const drifted = codes(device.seed, 5 * 60_000);

    const bobs = await createDevice('bob');
    const tooFar = await failure(
      enable('bob', bobs.serial, codes(bobs.seed, 5 * 60_000)),
    );
    expect(tooFar).toBeInstanceOf(InvalidAuthenticationCodeException);

    await h.iam.send(
      new ResyncMFADeviceCommand({
        UserName: 'alice',
        SerialNumber: device.serial,
        ...drifted,
      }),
    );
    const wrong = await failure(
      h.iam.send(
        new ResyncMFADeviceCommand({
          UserName: 'alice',
          SerialNumber: device.serial,
          AuthenticationCode1: drifted.AuthenticationCode2,
          AuthenticationCode2: drifted.AuthenticationCode1,
        }),
      ),
    );
    expect(wrong).toBeInstanceOf(InvalidAuthenticationCodeException);
  });

  it('deactivates only the named user’s device, then allows deleting it', async () => {
    const device = await createDevice('alice');
    await enroll('alice', device);

    const notBobs = await failure(
      h.iam.send(
        new DeactivateMFADeviceCommand({
          UserName: 'bob',
          SerialNumber: device.serial,
        }),
      ),
    );
    expect(notBobs).toBeInstanceOf(NoSuchEntityException);

    const inUse = await failure(
      h.iam.send(
        new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }),
      ),
    );
    expect(inUse).toBeInstanceOf(DeleteConflictException);
    expect(inUse.$metadata.httpStatusCode).toBe(409);

    await h.iam.send(
      new DeactivateMFADeviceCommand({
        UserName: 'alice',
        SerialNumber: device.serial,
      }),
    );
    expect(await listMfa('alice')).toEqual([]);
    const { VirtualMFADevices } = await h.iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }),
    );
    expect(VirtualMFADevices?.map((d) => d.SerialNumber)).toEqual([
      device.serial,
    ]);

    await h.iam.send(
      new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }),
    );
    const gone = await h.iam.send(new ListVirtualMFADevicesCommand({}));
    expect(gone.VirtualMFADevices).toEqual([]);
    const again = await failure(
      h.iam.send(
        new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }),
      ),
    );
    expect(again).toBeInstanceOf(NoSuchEntityException);
  });

  it('lists the caller’s devices when UserName is left out', async () => {
    const device = await createDevice('admin');
    await enroll('sandbox-admin', device);
    const mine = await listMfa();
    expect(mine.map((d) => d.UserName)).toEqual(['sandbox-admin']);
  });

  it('filters virtual devices by assignment status and pages them', async () => {
    for (let i = 0; i < 5; i++) await createDevice(`spare-${i}`);
    await enroll('alice', await createDevice('alice'));

    const count = async (AssignmentStatus?: 'Assigned' | 'Unassigned') => {
      const page = await h.iam.send(
        new ListVirtualMFADevicesCommand({ AssignmentStatus }),
      );
      return page.VirtualMFADevices?.length;
    };
    // AWS: AssignmentStatus defaults to Any.
    expect(await count()).toBe(6);
    expect(await count('Assigned')).toBe(1);
    expect(await count('Unassigned')).toBe(5);

    const first = await h.iam.send(
      new ListVirtualMFADevicesCommand({ MaxItems: 4 }),
    );
    expect(first.IsTruncated).toBe(true);
    const second = await h.iam.send(
      new ListVirtualMFADevicesCommand({ MaxItems: 4, Marker: first.Marker }),
    );
    expect(second.IsTruncated).toBe(false);
    expect(second.VirtualMFADevices).toHaveLength(2);
  });

  it('lists and deactivates a seeded user’s hardware device', async () => {
    const alice = h.sandbox.service.account.users.get('alice');
    alice?.mfaDevices.push({
      serialNumber: 'GAHT12345678',
      enableDate: clock.now(),
    });

    const [listed] = await listMfa('alice');
    expect(listed?.SerialNumber).toBe('GAHT12345678');
    const virtual = await h.iam.send(new ListVirtualMFADevicesCommand({}));
    expect(virtual.VirtualMFADevices).toEqual([]);

    // Its seed is unknown to the sandbox: no code enables another one.
    const error = await failure(
      enable('bob', 'GAHT87654321', {
        AuthenticationCode1: '123456',
        AuthenticationCode2: '234567',
      }),
    );
    expect(error).toBeInstanceOf(InvalidAuthenticationCodeException);

    await h.iam.send(
      new DeactivateMFADeviceCommand({
        UserName: 'alice',
        SerialNumber: 'GAHT12345678',
      }),
    );
    expect(await listMfa('alice')).toEqual([]);
  });
});
