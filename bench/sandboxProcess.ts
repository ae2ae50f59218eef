import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../dist/cli.js');

export interface SandboxProcess {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

function printed(text: string, name: string): string {
  const value = new RegExp(`export ${name}=(\\S+)`).exec(text)?.[1];
  if (!value) throw new Error(`the sandbox did not print ${name}:\n${text}`);
  return value;
}

/**
 * `mfa-tui sandbox` in a process of its own, so that what the benchmark
 * measures in its own process (time, memory) is the client's alone.
 */
export function startSandboxProcess(args: string[]): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'sandbox', '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((ready, fail) => {
    let text = '';
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`sandbox exited ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('Ctrl-C')) return;
      ready({
        endpoint: printed(text, 'AWS_ENDPOINT_URL'),
        credentials: {
          accessKeyId: printed(text, 'AWS_ACCESS_KEY_ID'),
          secretAccessKey: printed(text, 'AWS_SECRET_ACCESS_KEY'),
        },
        stop: () =>
          new Promise((stopped) => {
            child.removeAllListeners('exit');
            child.once('exit', () => stopped());
            child.kill('SIGINT');
          }),
      });
    });
  });
}
