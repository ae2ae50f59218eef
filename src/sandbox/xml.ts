import { XMLBuilder } from 'fast-xml-parser';
import type { IamError } from './errors.js';

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** A value an action returns; converted to AWS's Query XML shapes. */
export type XmlValue =
  | string
  | number
  | boolean
  | Date
  | undefined
  | readonly XmlValue[]
  /** A Query map (GetAccountSummary's SummaryMap): entry/key/value. */
  | ReadonlyMap<string, XmlValue>
  | { readonly [key: string]: XmlValue };

/** AWS writes times as ISO 8601 without milliseconds. */
export function awsTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

type XmlNode = string | XmlNode[] | { [key: string]: XmlNode };

function toNode(value: XmlValue): XmlNode | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return awsTime(value);
  if (value instanceof Map) {
    const entries = [...(value as ReadonlyMap<string, XmlValue>)].map(
      ([key, child]) => ({ key, value: toNode(child) ?? '' }),
    );
    return entries.length === 0 ? {} : { entry: entries };
  }
  if (Array.isArray(value)) {
    const members = value
      .map((item) => toNode(item as XmlValue))
      .filter((node): node is XmlNode => node !== undefined);
    return members.length === 0 ? {} : { member: members };
  }
  if (typeof value === 'object') {
    const node: Record<string, XmlNode> = {};
    for (const [key, child] of Object.entries(value)) {
      const converted = toNode(child);
      if (converted !== undefined) node[key] = converted;
    }
    return node;
  }
  return String(value);
}

/**
 * Builds the XML with a library that escapes text and attribute values;
 * fast-xml-parser writes strings directly, where a DOM-based builder made
 * pages of a thousand users slow and heavy on the garbage collector.
 */
const builder = new XMLBuilder({
  attributeNamePrefix: '@',
  ignoreAttributes: false,
  processEntities: true,
  suppressEmptyNode: false,
});

function document(root: Record<string, XmlNode>): string {
  return '<?xml version="1.0" encoding="UTF-8"?>' + builder.build(root);
}

/** `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>` */
export function resultXml(
  action: string,
  namespace: string,
  result: Record<string, XmlValue> | undefined,
  requestId: string,
): string {
  const body: Record<string, XmlNode> = { '@xmlns': namespace };
  if (result !== undefined) {
    body[`${action}Result`] = toNode(result) ?? {};
  }
  body.ResponseMetadata = { RequestId: requestId };
  return document({ [`${action}Response`]: body });
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>` */
export function errorXml(
  error: IamError,
  namespace: string,
  requestId: string,
): string {
  return document({
    ErrorResponse: {
      '@xmlns': namespace,
      Error: { Type: error.type, Code: error.code, Message: error.message },
      RequestId: requestId,
    },
  });
}
