import { IamError } from './errors.js';
import type { Params } from './params.js';

/** One page of a List* answer, with AWS's field names. */
export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

const DEFAULT_MAX_ITEMS = 100;

function encodeMarker(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeMarker(marker: string): number {
  const match = /^offset:(\d+)$/.exec(
    Buffer.from(marker, 'base64').toString('utf8'),
  );
  if (!match?.[1]) {
    throw new IamError(
      'InvalidInput',
      'Invalid Marker: the pagination token is not valid.',
    );
  }
  return Number(match[1]);
}

/**
 * Cuts `all` into the page that MaxItems (1-1000, default 100) and Marker
 * ask for, as every IAM List* action does.
 */
export function paginate<T>(all: readonly T[], params: Params): Page<T> {
  const maxItems =
    params.int('MaxItems', { min: 1, max: 1000 }) ?? DEFAULT_MAX_ITEMS;
  const marker = params.optional('Marker');
  const start = marker === undefined ? 0 : decodeMarker(marker);
  const end = start + maxItems;
  const items = all.slice(start, end);

  if (end >= all.length) return { items, IsTruncated: false };
  return { items, IsTruncated: true, Marker: encodeMarker(end) };
}
