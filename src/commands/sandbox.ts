import { Command } from 'commander';
import { parseShare, parseWholeNumber } from './options.js';

interface SandboxValues {
  port: number;
  users: number;
  seed: number;
  latency?: number;
  throttle?: number;
  failureRate?: number;
  deny: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function waitForStop(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

async function serve(values: SandboxValues): Promise<void> {
  const { createSandbox, listen } = await import('../sandbox/index.js');
  const sandbox = createSandbox({
    users: values.users,
    seed: values.seed,
    faults: {
      latencyMs: values.latency,
      throttle: values.throttle
        ? { ratePerSecond: values.throttle, burst: values.throttle }
        : undefined,
      failureRate: values.failureRate,
      deniedActions: values.deny,
    },
  });
  const server = await listen(sandbox.service, values.port).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      throw new Error(
        `port ${values.port} on 127.0.0.1 is already in use. Pick another ` +
          'with --port, or --port 0 for any free one.',
      );
    },
  );
  const { accessKeyId, secretAccessKey } = sandbox.admin;

  process.stdout.write(
    [
      `mfa-tui sandbox: a local IAM + STS service on ${server.endpoint}`,
      '',
      'Use it from another shell:',
      `  export AWS_ENDPOINT_URL=${server.endpoint}`,
      `  export AWS_ACCESS_KEY_ID=${accessKeyId}`,
      `  export AWS_SECRET_ACCESS_KEY=${secretAccessKey}`,
      '  export AWS_REGION=us-east-1',
      `  mfa-tui --endpoint-url ${server.endpoint}`,
      '',
      "These are the sandbox administrator's keys; they work nowhere else.",
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  await waitForStop();
  await server.close();
  process.stdout.write('mfa-tui sandbox: stopped.\n');
}

/** `mfa-tui sandbox`: the local IAM service over HTTP, until Ctrl-C. */
export function sandboxCommand(): Command {
  return new Command('sandbox')
    .description('serve a seeded local IAM + STS account over HTTP')
    .option(
      '--port <port>',
      'port on 127.0.0.1 (0 picks one)',
      parseWholeNumber(0, 65535),
      4566,
    )
    .option(
      '--users <count>',
      'team members to seed',
      parseWholeNumber(0, 5000),
      40,
    )
    .option(
      '--seed <number>',
      'seed for a reproducible account',
      parseWholeNumber(0, 2 ** 31),
      1,
    )
    .option(
      '--latency <ms>',
      'added latency per call',
      parseWholeNumber(0, 60_000),
    )
    .option(
      '--throttle <calls>',
      'calls per second before Throttling',
      parseWholeNumber(1, 100_000),
    )
    .option(
      '--failure-rate <share>',
      'share of calls that fail with ServiceFailure',
      parseShare,
    )
    .option(
      '--deny <action>',
      'answer AccessDenied for this action (repeatable)',
      collect,
      [],
    )
    .action(serve);
}
