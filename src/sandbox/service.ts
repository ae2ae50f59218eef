import { randomUUID } from 'node:crypto';
import type { ActionHandler } from './action.js';
import { IAM_ACTIONS, STS_ACTIONS } from './actions/index.js';
import { authenticate, recordKeyUse } from './auth.js';
import { authorize } from './authorization.js';
import { IamError } from './errors.js';
import { type FaultConfig, FaultInjector } from './faults.js';
import { Params } from './params.js';
import { SeededRandom } from './random.js';
import type { SandboxAccount } from './state.js';
import { errorXml, IAM_NAMESPACE, resultXml, STS_NAMESPACE } from './xml.js';

/** An HTTP request as either way in (server or SDK handler) sees it. */
export interface SandboxRequest {
  method: string;
  /** Path with query string, e.g. `/` or `/?Action=ListUsers`. */
  path: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Bodies over 1 MiB are refused before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

interface Api {
  /** The prefix of its actions in policies and AccessDenied messages. */
  prefix: string;
  version: string;
  namespace: string;
  actions: Readonly<Record<string, ActionHandler>>;
}

const IAM: Api = {
  prefix: 'iam',
  version: '2010-05-08',
  namespace: IAM_NAMESPACE,
  actions: IAM_ACTIONS,
};
const STS: Api = {
  prefix: 'sts',
  version: '2011-06-15',
  namespace: STS_NAMESPACE,
  actions: STS_ACTIONS,
};

function readForm(request: SandboxRequest): URLSearchParams {
  if (Buffer.byteLength(request.body) > MAX_BODY_BYTES) {
    throw new IamError(
      'RequestEntityTooLarge',
      `Request body must be ${MAX_BODY_BYTES} bytes or less.`,
    );
  }
  const query = request.path.includes('?')
    ? request.path.slice(request.path.indexOf('?') + 1)
    : '';
  const fields = new URLSearchParams(query);
  if (request.method === 'POST') {
    const type = request.headers['content-type']?.toLowerCase() ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) {
      throw new IamError(
        'MissingAction',
        'The request must be a form-encoded POST with an Action parameter.',
      );
    }
    for (const [key, value] of new URLSearchParams(request.body)) {
      fields.set(key, value);
    }
  }
  return fields;
}

function findApi(action: string | undefined): Api {
  if (action === undefined) {
    throw new IamError('MissingAction', 'Missing Action');
  }
  if (action in STS.actions) return STS;
  if (action in IAM.actions) return IAM;
  throw new IamError(
    'InvalidAction',
    `Could not find operation ${action} for version ${IAM.version}`,
  );
}

/**
 * The one request -> response core of the sandbox: the HTTP server and the
 * in-process SDK handler both pass every request through `handle`.
 */
export class SandboxService {
  readonly faults: FaultInjector;

  constructor(
    readonly account: SandboxAccount,
    faults: FaultConfig = {},
  ) {
    this.faults = new FaultInjector(faults, new SeededRandom(0x5eed));
  }

  async handle(request: SandboxRequest): Promise<SandboxResponse> {
    const requestId = randomUUID();
    let namespace = IAM.namespace;
    try {
      const fields = readForm(request);
      const action = fields.get('Action') ?? undefined;
      const api = findApi(action);
      namespace = api.namespace;
      const result = await this.run(api, action as string, fields, request);
      return this.answer(
        200,
        requestId,
        resultXml(action as string, namespace, result, requestId),
      );
    } catch (error) {
      return this.errorAnswer(error, namespace, requestId);
    }
  }

  /**
   * The answer to a request that failed outside `handle` (e.g. its body
   * could not be read): still AWS's XML, never a bare status.
   */
  failure(error: unknown): SandboxResponse {
    return this.errorAnswer(error, IAM.namespace, randomUUID());
  }

  private errorAnswer(error: unknown, namespace: string, requestId: string) {
    // Anything but an IamError is a bug in a handler: AWS's 500 answer,
    // with no stack trace or detail leaking to the client.
    const iamError =
      error instanceof IamError
        ? error
        : new IamError(
            'ServiceFailure',
            'The request processing has failed because of an unknown ' +
              'error, exception or failure.',
          );
    return this.answer(
      iamError.status,
      requestId,
      errorXml(iamError, namespace, requestId),
    );
  }

  private async run(
    api: Api,
    action: string,
    fields: URLSearchParams,
    request: SandboxRequest,
  ) {
    const version = fields.get('Version');
    if (version !== api.version) {
      throw new IamError(
        'InvalidAction',
        `Could not find operation ${action} for version ${version ?? 'null'}`,
      );
    }

    const { caller, scope } = await authenticate(this.account, request);
    await this.faults.delay();
    this.faults.check(api.prefix, action, caller.user.arn);

    const params = new Params(fields);
    authorize(this.account, caller, action, params);
    recordKeyUse(this.account, caller, scope);
    const handler = api.actions[action] as ActionHandler;
    return handler({
      account: this.account,
      params,
      caller,
      region: scope.region,
    });
  }

  private answer(
    status: number,
    requestId: string,
    body: string,
  ): SandboxResponse {
    return {
      status,
      headers: {
        'content-type': 'text/xml',
        'x-amzn-requestid': requestId,
      },
      body,
    };
  }
}
