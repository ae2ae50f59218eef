import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSandbox, listen } from '../src/sandbox/index.js';

const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const USERS = 5_000;
const SESSION = 'mfa-tui-bench';

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

/** Peak resident memory of a process, from /proc (Linux). */
function peakRssMb(pid: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function until(predicate: (screen: string) => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!predicate(tmux('capture-pane', '-p', '-t', SESSION))) {
    if (Date.now() > deadline) throw new Error('the app never drew that');
    await new Promise((done) => setTimeout(done, 2));
  }
}

/**
 * The built app in a real terminal (tmux) against the HTTP sandbox with
 * 5,000 users: launch to first frame, launch to the list, peak RSS.
 * tmux polling adds a few milliseconds to each figure.
 */
export async function benchLaunch() {
  const sandbox = createSandbox({ users: USERS });
  const server = await listen(sandbox.service);
  const env = [
    `AWS_ACCESS_KEY_ID=${sandbox.admin.accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${sandbox.admin.secretAccessKey}`,
    'AWS_REGION=us-east-1',
  ].join(' ');

  try {
    const started = performance.now();
    tmux(
      'new-session',
      '-d',
      '-s',
      SESSION,
      '-x',
      '120',
      '-y',
      '40',
      `exec env ${env} node ${CLI} --endpoint-url ${server.endpoint}`,
    );
    const pid = tmux(
      'display-message',
      '-p',
      '-t',
      SESSION,
      '#{pane_pid}',
    ).trim();
    await until((screen) => screen.trim().length > 0);
    const firstFrameMs = Math.round(performance.now() - started);
    await until(
      (screen) => screen.includes('user-') || /\.\w+\s+yes/.test(screen),
    );
    const listMs = Math.round(performance.now() - started);
    const rssMb = peakRssMb(pid);
    return { users: USERS, firstFrameMs, listMs, appPeakRssMb: rssMb };
  } finally {
    try {
      tmux('kill-session', '-t', SESSION);
    } catch {
      // Already gone.
    }
    await server.close();
  }
}
