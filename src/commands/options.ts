import { type Command, InvalidArgumentError, Option } from 'commander';
import type { ConnectionFlags } from '../aws/connect.js';

/** Flags every command that talks to AWS takes, as the AWS CLI names them. */
export function withConnectionOptions(command: Command): Command {
  return command
    .option('--profile <name>', 'AWS profile from ~/.aws/config')
    .option('--region <region>', 'AWS region to sign requests for')
    .option(
      '--endpoint-url <url>',
      'send IAM and STS calls to this endpoint (a sandbox or emulator)',
      parseUrl,
    )
    .addOption(
      new Option(
        '--sandbox',
        'use the embedded, seeded sandbox account',
      ).conflicts(['profile', 'endpointUrl']),
    )
    .option('--debug <file>', 'append a debug log of every AWS call to file');
}

/** `--audit-log PATH`: where the app records every write it makes. */
export function withAuditLogOption(command: Command): Command {
  return command.option(
    '--audit-log <path>',
    'append the audit log of every write to this file ' +
      '(default: $XDG_STATE_HOME/mfa-tui/audit.jsonl)',
  );
}

export interface ConnectionValues {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  sandbox?: boolean;
  debug?: string;
}

export function connectionFlags(values: ConnectionValues): ConnectionFlags {
  return {
    profile: values.profile,
    region: values.region,
    endpointUrl: values.endpointUrl,
    sandbox: values.sandbox,
  };
}

export function parseUrl(value: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL.`);
  }
}

export function parseWholeNumber(min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(
        `expected a whole number from ${min} to ${max}.`,
      );
    }
    return number;
  };
}

export function parseShare(value: string): number {
  const number = Number(value);
  if (!(number >= 0 && number <= 1)) {
    throw new InvalidArgumentError('expected a number from 0 to 1.');
  }
  return number;
}
