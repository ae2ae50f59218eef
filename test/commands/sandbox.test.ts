import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli } from './cli.js';

/** Waits until the child's stdout has said everything `ready` needs. */
function readUntil(
  stream: NodeJS.ReadableStream,
  ready: (text: string) => boolean,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (ready(text)) resolve(text);
    });
    stream.on('end', () => reject(new Error(`ended early:\n${text}`)));
  });
}

function printed(text: string, name: string): string {
  const match = new RegExp(`export ${name}=(\\S+)`).exec(text);
  if (!match?.[1]) throw new Error(`${name} not printed:\n${text}`);
  return match[1];
}

describe('mfa-tui sandbox', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterEach(() => children.forEach((child) => child.kill('SIGKILL')));

  it('serves the seeded account to another process, then stops on Ctrl-C', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'sandbox', '--port', '0', '--users', '12', '--seed', '7'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    const text = await readUntil(child.stdout!, (t) => t.includes('Ctrl-C'));

    const iam = new IAMClient({
      region: 'us-east-1',
      endpoint: printed(text, 'AWS_ENDPOINT_URL'),
      credentials: {
        accessKeyId: printed(text, 'AWS_ACCESS_KEY_ID'),
        secretAccessKey: printed(text, 'AWS_SECRET_ACCESS_KEY'),
      },
    });
    const { Users } = await iam.send(new ListUsersCommand({}));
    expect(Users).toHaveLength(13);

    let state: string | undefined;
    do {
      ({ State: state } = await iam.send(
        new GenerateCredentialReportCommand({}),
      ));
    } while (state !== 'COMPLETE');
    const report = await iam.send(new GetCredentialReportCommand({}));
    const csv = new TextDecoder().decode(report.Content);
    expect(csv.split('\n')[0]).toMatch(/^user,arn,user_creation_time,/);
    expect(csv).toContain('<root_account>');
    iam.destroy();

    const exited = new Promise<number | null>((resolve) =>
      child.on('close', resolve),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('says so when the port is taken, and exits 2', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = await runCli(['sandbox', '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `mfa-tui: port ${port} on 127.0.0.1 is already in use. Pick another ` +
          'with --port, or --port 0 for any free one.\n',
      );
    } finally {
      blocker.close();
    }
  });
});
