/**
 * The audit log: one JSON line per AWS write, the intent before the call
 * and the outcome after. Only the person running mfa-tui may read it
 * (directory 0700, file 0600), and it never holds a secret: plan steps
 * carry no secrets by construction.
 */
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AuditEntry } from '../model/plans.js';

export interface AuditLog {
  /** Where the log lives, for messages and the `:audit` screen. */
  readonly path: string;
  /** Appends one entry and waits until it is on disk. */
  append(entry: AuditEntry): Promise<void>;
  /** Every entry, oldest first; a torn last line is skipped. */
  read(): Promise<AuditEntry[]>;
}

/** The XDG base directory spec's state home, as mfa-tui uses it. */
export function defaultAuditLogPath(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  // The spec says a relative XDG_STATE_HOME is invalid and to be ignored.
  const stateHome = env.XDG_STATE_HOME?.startsWith('/')
    ? env.XDG_STATE_HOME
    : join(home, '.local', 'state');
  return join(stateHome, 'mfa-tui', 'audit.jsonl');
}

const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

async function appendLine(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_DIR });
  const file = await open(path, 'a+', PRIVATE_FILE);
  try {
    const { mode, size } = await file.stat();
    // A log created by someone else, or by an older version, may be
    // readable by others: narrow it before adding to it.
    if ((mode & 0o077) !== 0) await chmod(path, PRIVATE_FILE);

    // A crash mid-write leaves a torn last line: start on a fresh one
    // so that this entry stays whole.
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await file.read(last, 0, 1, size - 1);
      if (last.toString() !== '\n') prefix = '\n';
    }

    await file.appendFile(prefix + line + '\n');
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * A line that is not JSON is a write torn by a crash: the last line, or
 * (since appendLine starts every entry on a fresh line) one that later
 * entries followed. It recorded nothing whole, so it is skipped.
 */
function parseLines(text: string): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      continue;
    }
  }
  return entries;
}

export function fileAuditLog(path: string): AuditLog {
  return {
    path,
    append: (entry) => appendLine(path, JSON.stringify(entry)),
    async read() {
      try {
        return parseLines(await readFile(path, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
