import type { ConditionTest } from './document.js';
import {
  matchesGlob,
  type RequestContext,
  substituteVariables,
} from './wildcard.js';

/** Compares one value from the request with one value from the policy. */
type Comparison = (requestValue: string, policyValue: string) => boolean;

interface Operator {
  compare: Comparison;
  /** StringNotEquals and friends: true when no value matches. */
  negated: boolean;
  /** String and Arn operators expand `${...}` in the policy's values. */
  variables: boolean;
}

function numeric(test: (a: number, b: number) => boolean): Comparison {
  return (requestValue, policyValue) => {
    const a = Number(requestValue);
    const b = Number(policyValue);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

/** Dates in policies are ISO 8601 or epoch seconds. */
function toTime(value: string): number {
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
}

function date(test: (a: number, b: number) => boolean): Comparison {
  return (requestValue, policyValue) =>
    numeric(test)(String(toTime(requestValue)), String(toTime(policyValue)));
}

const equals: Comparison = (a, b) => a === b;
const equalsIgnoreCase: Comparison = (a, b) =>
  a.toLowerCase() === b.toLowerCase();
const like: Comparison = (a, b) => matchesGlob(b, a, { ignoreCase: false });

function op(compare: Comparison, negated = false, variables = false) {
  return { compare, negated, variables };
}

/** The operators IAM documents, keyed in lower case. */
const OPERATORS: Readonly<Record<string, Operator>> = {
  stringequals: op(equals, false, true),
  stringnotequals: op(equals, true, true),
  stringequalsignorecase: op(equalsIgnoreCase, false, true),
  stringnotequalsignorecase: op(equalsIgnoreCase, true, true),
  stringlike: op(like, false, true),
  stringnotlike: op(like, true, true),
  arnequals: op(like, false, true),
  arnlike: op(like, false, true),
  arnnotequals: op(like, true, true),
  arnnotlike: op(like, true, true),
  numericequals: op(numeric((a, b) => a === b)),
  numericnotequals: op(
    numeric((a, b) => a === b),
    true,
  ),
  numericlessthan: op(numeric((a, b) => a < b)),
  numericlessthanequals: op(numeric((a, b) => a <= b)),
  numericgreaterthan: op(numeric((a, b) => a > b)),
  numericgreaterthanequals: op(numeric((a, b) => a >= b)),
  dateequals: op(date((a, b) => a === b)),
  datenotequals: op(
    date((a, b) => a === b),
    true,
  ),
  datelessthan: op(date((a, b) => a < b)),
  datelessthanequals: op(date((a, b) => a <= b)),
  dategreaterthan: op(date((a, b) => a > b)),
  dategreaterthanequals: op(date((a, b) => a >= b)),
  bool: op(equalsIgnoreCase),
};

interface ParsedOperator {
  set: 'ForAnyValue' | 'ForAllValues' | null;
  name: string;
  ifExists: boolean;
}

function parseOperator(raw: string): ParsedOperator {
  const [prefix, rest] = raw.includes(':')
    ? (raw.split(':', 2) as [string, string])
    : [null, raw];
  const lower = rest.toLowerCase();
  const ifExists = lower.endsWith('ifexists');
  const set =
    prefix?.toLowerCase() === 'foranyvalue'
      ? 'ForAnyValue'
      : prefix?.toLowerCase() === 'forallvalues'
        ? 'ForAllValues'
        : null;
  return {
    set,
    name: ifExists ? lower.slice(0, -'ifexists'.length) : lower,
    ifExists,
  };
}

function testPresent(
  operator: Operator,
  set: ParsedOperator['set'],
  requestValues: readonly string[],
  policyValues: readonly string[],
): boolean {
  const matchesOne = (requestValue: string) =>
    policyValues.some((policyValue) =>
      operator.compare(requestValue, policyValue),
    );
  const matched =
    set === 'ForAllValues'
      ? requestValues.every(matchesOne)
      : requestValues.some(matchesOne);
  return operator.negated ? !matched : matched;
}

/**
 * Whether one condition test holds for the request. Follows IAM: a key
 * missing from the request fails the test, except for IfExists, negated
 * operators (StringNotEquals, ...), ForAllValues, and Null.
 *
 * LIMITATION: operators the evaluator does not know (IpAddress,
 * BinaryEquals, ...) never hold, so an Allow that needs one does not
 * apply and a Deny that needs one does not deny.
 */
export function conditionHolds(
  test: ConditionTest,
  context: RequestContext,
): boolean {
  const parsed = parseOperator(test.operator);
  const requestValues = context.get(test.key.toLowerCase());
  const present = requestValues !== undefined && requestValues.length > 0;

  if (parsed.name === 'null') {
    return test.values.some((v) => (v.toLowerCase() === 'true') !== present);
  }

  const operator = OPERATORS[parsed.name];
  if (!operator) return false;
  if (!present) {
    return parsed.ifExists || operator.negated || parsed.set === 'ForAllValues';
  }

  const policyValues = operator.variables
    ? test.values
        .map((value) => substituteVariables(value, context))
        .filter((value): value is string => value !== null)
    : test.values;
  return testPresent(operator, parsed.set, requestValues, policyValues);
}
