import { benchLoaders } from './loaders.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const loaders = await benchLoaders();
process.stdout.write(
  [
    `inventory loader: ${loaders.inventory.calls} calls, ${loaders.inventory.wallMs} ms, ${loaders.inventory.users} users`,
    `naive loader:     ${loaders.naive.calls} calls, ${loaders.naive.wallMs} ms, ${loaders.naive.users} users`,
    `ratio: ${loaders.callRatio}x fewer calls, ${loaders.timeRatio}x less time`,
    `peak RSS (sandbox and loaders in one process): ${peakRssMb()} MB`,
    '',
  ].join('\n'),
);
process.stdout.write(
  JSON.stringify({ loaders, peakRssMb: peakRssMb() }) + '\n',
);
