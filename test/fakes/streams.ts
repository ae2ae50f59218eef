import { EventEmitter } from 'node:events';

/** A terminal's output side: keeps everything written, has a size. */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  columns = 100;
  rows = 30;
  output = '';

  write = (data: string) => {
    this.output += data;
    return true;
  };
}

/** A terminal's input side, in raw mode, as Ink reads it. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;

  /** Types `data`, as a person at the keyboard would. */
  type(data: string) {
    this.pending = data;
    this.emit('readable');
  }

  read = () => {
    const data = this.pending;
    this.pending = null;
    return data;
  };

  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}
