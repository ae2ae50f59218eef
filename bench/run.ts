import '../src/runtimeDefaults.js';
import { benchLaunch } from './launch.js';
import { benchLoaders } from './loaders.js';
import { benchUi } from './ui.js';

/** The benchmarks of issues 3 and 4: figures only, no pass or fail. */

function say(line: string): void {
  process.stdout.write(line + '\n');
}

const loaders = await benchLoaders();
say(
  `inventory loader: ${loaders.inventory.calls} calls, ` +
    `${loaders.inventory.wallMs} ms for ${loaders.inventory.users} users, ` +
    `peak RSS ${loaders.inventory.peakRssMb} MB`,
);
say(
  `naive loader:     ${loaders.naive.calls} calls, ` +
    `${loaders.naive.wallMs} ms for ${loaders.naive.users} users`,
);
say(
  `ratio: ${loaders.callRatio}x fewer calls, ${loaders.timeRatio}x less time`,
);

const ui = await benchUi();
say(
  `users screen, ${ui.users} users: first list frame ${ui.firstListFrameMs} ms; ` +
    `key to frame p50/p95: move ${ui.keyToFrameMs.moveP50}/` +
    `${ui.keyToFrameMs.moveP95} ms, filter ${ui.keyToFrameMs.filterKeystrokeP50}/` +
    `${ui.keyToFrameMs.filterKeystrokeP95} ms`,
);

const launch = await benchLaunch();
say(
  `built app in tmux, ${launch.users} users: first frame ${launch.firstFrameMs} ms, ` +
    `list ${launch.listMs} ms, peak RSS ${launch.appPeakRssMb} MB`,
);
say(JSON.stringify({ loaders, ui, launch }));
