import type { Caller } from './action.js';
import type { Params } from './params.js';
import type { SandboxAccount } from './state.js';

/**
 * Decides whether the caller may perform `action`.
 *
 * LIMITATION: every authenticated caller is allowed everything that is not
 * denied by an injected fault; identity policies are not evaluated yet,
 * so a key made for an ordinary user acts with full rights.
 */
export function authorize(
  _account: SandboxAccount,
  _caller: Caller,
  _action: string,
  _params: Params,
): void {}
