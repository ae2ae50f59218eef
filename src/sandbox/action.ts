import type { Params } from './params.js';
import type { SandboxAccount, SandboxUser } from './state.js';
import type { XmlValue } from './xml.js';

/** Who signed the request: the IAM user whose access key was used. */
export interface Caller {
  accessKeyId: string;
  user: SandboxUser;
  /** Signed with temporary credentials from GetSessionToken with MFA. */
  mfaAuthenticated: boolean;
}

export interface ActionContext {
  account: SandboxAccount;
  params: Params;
  caller: Caller;
  /** The region from the request's SigV4 credential scope. */
  region: string;
}

/** An action's result element, or undefined for actions that return none. */
export type ActionResult = Record<string, XmlValue> | undefined;

/**
 * A handler may be async when it needs a library that only offers a
 * promise (the QR code PNG); it should change state only after its last
 * await, so that concurrent calls cannot interleave half-made changes.
 */
export type ActionHandler = (
  context: ActionContext,
) => ActionResult | Promise<ActionResult>;

/** Handlers by Action name; each actions/ module exports one table. */
export type ActionTable = Readonly<Record<string, ActionHandler>>;
