import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

/** A real terminal: a detached tmux session with one shell pane. */
export class TmuxTerminal {
  readonly name = `mfa-tui-e2e-${randomUUID().slice(0, 8)}`;

  constructor(size: { columns: number; rows: number }) {
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(size.columns),
      '-y',
      String(size.rows),
      'bash --norc --noprofile',
    );
  }

  /** Types literal text, as a person would. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Presses named keys: Enter, Escape, Up, Down, C-c, ... */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** The screen as the person sees it now. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  /** True while the program shows the alternate screen buffer. */
  alternateScreen(): boolean {
    return (
      this.tmux(
        'display-message',
        '-p',
        '-t',
        this.name,
        '#{alternate_on}',
      ).trim() === '1'
    );
  }

  resize(columns: number, rows: number): void {
    this.tmux(
      'resize-window',
      '-t',
      this.name,
      '-x',
      String(columns),
      '-y',
      String(rows),
    );
  }

  /** Polls the screen until `predicate` holds; fails with the last screen. */
  async waitFor(
    predicate: (screen: string) => boolean,
    timeoutMs = 15_000,
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = this.screen();
    while (!predicate(screen)) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting; the screen was:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      screen = this.screen();
    }
    return screen;
  }

  close(): void {
    try {
      this.tmux('kill-session', '-t', this.name);
    } catch {
      // Already gone: the test ended it.
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', args, { encoding: 'utf8' });
  }
}
