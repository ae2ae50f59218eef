#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { EXIT, failWith } from './commands/exit.js';
import { runInteractive } from './commands/interactive.js';
import {
  withAuditLogOption,
  withConnectionOptions,
} from './commands/options.js';
import { reportCommand } from './commands/report.js';
import { sandboxCommand } from './commands/sandbox.js';
import { silentLog } from './debugLog.js';

// The SDK's notice that future versions need Node 22 would be written
// across the UI; the pinned versions in package-lock.json support Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function program(): Command {
  const root = new Command('mfa-tui')
    .description(
      "See and fix your team's IAM MFA and access-key hygiene, in a terminal.",
    )
    .enablePositionalOptions()
    .exitOverride()
    .option('--read-only', 'hide every action that changes AWS')
    .option('--dry-run', 'show the calls an action would make; make none');
  withConnectionOptions(withAuditLogOption(root)).action(runInteractive);

  root.addCommand(reportCommand().exitOverride());
  root.addCommand(sandboxCommand().exitOverride());
  return root;
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; usage errors exit 2.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.error;
  } else {
    failWith(error, silentLog);
  }
}
