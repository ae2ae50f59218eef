#!/usr/bin/env node
import './runtimeDefaults.js';
import { Command, CommanderError } from 'commander';
import { EXIT, failWith } from './commands/exit.js';
import type { InteractiveValues } from './commands/interactive.js';
import {
  withAuditLogOption,
  withConnectionOptions,
} from './commands/options.js';
import { reportCommand } from './commands/report.js';
import { sandboxCommand } from './commands/sandbox.js';
import { silentLog } from './debugLog.js';

function program(): Command {
  const root = new Command('mfa-tui')
    .description(
      "See and fix your team's IAM MFA and access-key hygiene, in a terminal.",
    )
    .enablePositionalOptions()
    .exitOverride()
    .option('--read-only', 'hide every action that changes AWS')
    .option('--dry-run', 'show the calls an action would make; make none');
  withConnectionOptions(withAuditLogOption(root)).action(
    async (values: InteractiveValues) => {
      // Loaded on demand: `report` and `sandbox` need neither Ink nor React.
      const { runInteractive } = await import('./commands/interactive.js');
      await runInteractive(values);
    },
  );

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
