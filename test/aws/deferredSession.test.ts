import { describe, expect, it } from 'vitest';
import { deferredSession } from '../../src/aws/deferredSession.js';
import type { AwsSession } from '../../src/aws/session.js';
import { makeInventory } from '../fixtures/inventory.js';
import { fakeSession } from '../fakes/session.js';

const connection = { label: 'SANDBOX', sandbox: true };

describe('deferredSession', () => {
  it('opens the real session once, on first use', async () => {
    let opens = 0;
    const inventory = makeInventory();
    const session = deferredSession(connection, async () => {
      opens++;
      return fakeSession({ inventory });
    });
    expect(opens).toBe(0);

    await session.loadInventory(() => {});
    await session.readAuditLog();
    expect(opens).toBe(1);
    expect(session.connection.label).toBe('SANDBOX');
  });

  it('passes a failed open to the caller, and tries again next time', async () => {
    let opens = 0;
    const session = deferredSession(
      connection,
      async (): Promise<AwsSession> => {
        opens++;
        if (opens === 1) throw new Error('No AWS credentials were found.');
        return fakeSession({ inventory: makeInventory() });
      },
    );

    await expect(session.loadInventory(() => {})).rejects.toThrow(
      'No AWS credentials were found.',
    );
    await expect(session.loadInventory(() => {})).resolves.toBeDefined();
    expect(opens).toBe(2);
  });
});
