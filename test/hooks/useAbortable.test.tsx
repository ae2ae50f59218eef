import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { useAbortable } from '../../src/hooks/useAbortable.js';
import { waitForFrame, waitUntil } from '../fakes/terminal.js';

describe('useAbortable', () => {
  it('aborts the task when the component unmounts', async () => {
    let signal: AbortSignal | undefined;
    const never = (s: AbortSignal) => {
      signal = s;
      return new Promise<string>(() => {});
    };
    function Probe() {
      const { loading } = useAbortable(never);
      return <Text>{loading ? 'loading' : 'done'}</Text>;
    }
    const app = render(<Probe />);

    await waitForFrame(app, (f) => f.includes('loading'));
    expect(signal?.aborted).toBe(false);
    app.unmount();
    await waitUntil(() => signal?.aborted === true);
    expect(signal?.aborted).toBe(true);
  });

  it('shows the error of a failed task', async () => {
    const fail = async () => {
      throw new Error('Throttling: rate exceeded. Wait a minute and retry.');
    };
    function Probe() {
      const { error } = useAbortable(fail);
      return <Text>{error?.message ?? 'no error'}</Text>;
    }
    const app = render(<Probe />);

    const frame = await waitForFrame(app, (f) => f.includes('Throttling'));
    expect(frame).toBe('Throttling: rate exceeded. Wait a minute and retry.');
    app.unmount();
  });
});
