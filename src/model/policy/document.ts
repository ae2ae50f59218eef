/**
 * IAM policy documents: their parsed shape, and the parser that refuses a
 * document the way IAM does (MalformedPolicyDocument, with IAM's messages).
 */

export type Effect = 'Allow' | 'Deny';

/** One condition test: `"StringEquals": { "aws:username": ["a", "b"] }`. */
export interface ConditionTest {
  /** The operator as written, e.g. `BoolIfExists`, `ForAnyValue:StringLike`. */
  operator: string;
  key: string;
  values: string[];
}

export interface Statement {
  sid?: string;
  effect: Effect;
  /** Exactly one of action / notAction is set. */
  action?: string[];
  notAction?: string[];
  /** Exactly one of resource / notResource is set. */
  resource?: string[];
  notResource?: string[];
  conditions: ConditionTest[];
}

export interface PolicyDocument {
  version: string;
  statements: Statement[];
}

/** Why a document is malformed, in the words IAM uses. */
export class PolicyDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyDocumentError';
  }
}

/**
 * Managed policies must use the current language version; inline
 * policies may still use the 2008 one, or leave Version out.
 */
export type DocumentKind = 'managed' | 'inline';

const CURRENT_VERSION = '2012-10-17';
const LEGACY_VERSION = '2008-10-17';
const DOCUMENT_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const ACTION_PATTERN = /^[a-zA-Z0-9-]+:[^:]*$/;

function syntaxError(): PolicyDocumentError {
  return new PolicyDocumentError('Syntax errors in policy.');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or a list of strings; anything else is a syntax error. */
function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value as string[];
  }
  throw syntaxError();
}

function checkVersion(version: unknown, kind: DocumentKind): string {
  if (version === CURRENT_VERSION) return version;
  if (version === undefined || version === LEGACY_VERSION) {
    if (kind === 'inline') return LEGACY_VERSION;
    throw new PolicyDocumentError(
      'Policy document must be version 2012-10-17 or greater.',
    );
  }
  throw syntaxError();
}

function checkActions(actions: string[]): void {
  for (const action of actions) {
    if (action === '*') continue;
    if (!action.includes(':')) {
      throw new PolicyDocumentError(
        'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ' +
          'ec2, etc.',
      );
    }
    if (!ACTION_PATTERN.test(action)) {
      throw new PolicyDocumentError(
        'Actions/Condition can contain only one colon.',
      );
    }
  }
}

function checkResources(resources: string[]): void {
  for (const resource of resources) {
    if (resource !== '*' && !resource.startsWith('arn:')) {
      throw new PolicyDocumentError(
        `Resource ${resource} must be in ARN format or "*".`,
      );
    }
  }
}

function parseConditions(value: unknown): ConditionTest[] {
  if (value === undefined) return [];
  if (!isObject(value)) throw syntaxError();

  const tests: ConditionTest[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) throw syntaxError();
    for (const [key, raw] of Object.entries(block)) {
      const values = Array.isArray(raw) ? raw : [raw];
      if (
        !values.every((v) => ['string', 'number', 'boolean'].includes(typeof v))
      ) {
        throw syntaxError();
      }
      tests.push({ operator, key, values: values.map(String) });
    }
  }
  return tests;
}

function parseStatement(value: unknown): Statement {
  if (!isObject(value)) throw syntaxError();
  if (Object.keys(value).some((key) => !STATEMENT_KEYS.has(key))) {
    throw syntaxError();
  }

  const effect = value.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') throw syntaxError();
  if (value.Action !== undefined && value.NotAction !== undefined) {
    throw syntaxError();
  }
  if (value.Resource !== undefined && value.NotResource !== undefined) {
    throw syntaxError();
  }

  const action = stringList(value.Action);
  const notAction = stringList(value.NotAction);
  const actions = action ?? notAction ?? [];
  if (actions.length === 0) {
    throw new PolicyDocumentError('Policy statement must contain actions.');
  }
  checkActions(actions);

  const resource = stringList(value.Resource);
  const notResource = stringList(value.NotResource);
  const resources = resource ?? notResource ?? [];
  if (resources.length === 0) {
    throw new PolicyDocumentError('Policy statement must contain resources.');
  }
  checkResources(resources);

  const sid = value.Sid;
  if (sid !== undefined && typeof sid !== 'string') throw syntaxError();
  return {
    sid,
    effect,
    action,
    notAction,
    resource,
    notResource,
    conditions: parseConditions(value.Condition),
  };
}

/**
 * Parses a policy document's JSON text; throws PolicyDocumentError with
 * the message IAM gives for the first problem it finds.
 */
export function parsePolicyDocument(
  text: string,
  kind: DocumentKind = 'managed',
): PolicyDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw syntaxError();
  }
  if (!isObject(json)) throw syntaxError();
  if (Object.keys(json).some((key) => !DOCUMENT_KEYS.has(key))) {
    throw syntaxError();
  }
  if (json.Id !== undefined && typeof json.Id !== 'string') {
    throw syntaxError();
  }

  const version = checkVersion(json.Version, kind);

  const raw = json.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (list.length === 0) throw syntaxError();
  return { version, statements: list.map(parseStatement) };
}
