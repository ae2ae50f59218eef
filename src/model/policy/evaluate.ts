import { conditionHolds } from './conditions.js';
import type { PolicyDocument, Statement } from './document.js';
import {
  matchesGlob,
  type RequestContext,
  substituteVariables,
} from './wildcard.js';

/** What is asked: `iam:DeactivateMFADevice` on `arn:aws:iam::1:user/bob`. */
export interface PolicyRequest {
  action: string;
  resource: string;
  /** Condition keys as IAM names them; a key left out is not present. */
  context: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/**
 * IAM's three outcomes for identity-based policies: an explicit deny
 * always wins; otherwise an allow; otherwise the implicit deny.
 */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export interface Evaluation {
  decision: Decision;
  /** The statement that decided it; absent for the implicit deny. */
  statement?: Statement;
}

function toContext(request: PolicyRequest): RequestContext {
  const context = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(request.context)) {
    if (value === undefined) continue;
    context.set(key.toLowerCase(), typeof value === 'string' ? [value] : value);
  }
  return context;
}

function anyActionMatches(patterns: readonly string[], action: string) {
  // Action names are case-insensitive in IAM.
  return patterns.some((pattern) =>
    matchesGlob(pattern, action, { ignoreCase: true }),
  );
}

function anyResourceMatches(
  patterns: readonly string[],
  resource: string,
  context: RequestContext,
) {
  return patterns.some((pattern) => {
    const expanded = substituteVariables(pattern, context);
    return (
      expanded !== null &&
      matchesGlob(expanded, resource, { ignoreCase: false })
    );
  });
}

/** Whether a statement applies to the request, whatever its Effect. */
export function statementApplies(
  statement: Statement,
  request: PolicyRequest,
  context: RequestContext = toContext(request),
): boolean {
  const actionMatches = statement.action
    ? anyActionMatches(statement.action, request.action)
    : !anyActionMatches(statement.notAction ?? [], request.action);
  if (!actionMatches) return false;

  const resourceMatches = statement.resource
    ? anyResourceMatches(statement.resource, request.resource, context)
    : !anyResourceMatches(
        statement.notResource ?? [],
        request.resource,
        context,
      );
  if (!resourceMatches) return false;

  return statement.conditions.every((test) => conditionHolds(test, context));
}

/**
 * Evaluates a principal's identity-based policies for one request, as IAM
 * does within one account: any applicable Deny decides; else any Allow.
 */
export function evaluatePolicies(
  documents: readonly PolicyDocument[],
  request: PolicyRequest,
): Evaluation {
  const context = toContext(request);

  let allow: Statement | undefined;
  for (const document of documents) {
    for (const statement of document.statements) {
      if (!statementApplies(statement, request, context)) continue;
      if (statement.effect === 'Deny') {
        return { decision: 'ExplicitDeny', statement };
      }
      allow ??= statement;
    }
  }

  return allow
    ? { decision: 'Allow', statement: allow }
    : { decision: 'ImplicitDeny' };
}
