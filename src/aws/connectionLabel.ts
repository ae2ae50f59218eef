import type { ConnectionFlags } from './connect.js';

/**
 * What the header says the data comes from: "SANDBOX", or the profile,
 * region and endpoint as given (region: as resolved, when known).
 */
export function connectionLabel(
  flags: ConnectionFlags,
  resolvedRegion?: string,
): string {
  if (flags.sandbox) return 'SANDBOX';
  const parts = [
    `profile ${flags.profile ?? process.env.AWS_PROFILE ?? 'default'}`,
  ];
  const region =
    flags.region ??
    resolvedRegion ??
    process.env.AWS_REGION ??
    process.env.AWS_DEFAULT_REGION;
  if (region) parts.push(region);
  const endpoint = flags.endpointUrl ?? process.env.AWS_ENDPOINT_URL;
  if (endpoint) parts.push(endpoint);
  return parts.join(' / ');
}
