import {
  CreateUserCommand,
  type IAMClient,
  type IAMServiceException,
  ListUsersCommand,
  ServiceFailureException,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sha256 } from '../../src/sandbox/signature.js';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const LIST_USERS = 'Action=ListUsers&Version=2010-05-08';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The parts of an ErrorResponse a client reads. */
function errorOf(answer: RawAnswer) {
  const xml = new XMLParser().parse(answer.body) as {
    ErrorResponse?: {
      Error?: { Type?: string; Code?: string; Message?: string };
      RequestId?: string;
    };
  };
  return {
    status: answer.status,
    code: xml.ErrorResponse?.Error?.Code,
    type: xml.ErrorResponse?.Error?.Type,
    requestId: xml.ErrorResponse?.RequestId,
  };
}

type Headers = Record<string, string>;
type HttpRequestLike = { body?: unknown; headers: Headers };

/**
 * A client whose request body `edit` rewrites: at the build step, before
 * signing, or at the deserialize step, after it (signing is part of
 * finalizeRequest), as a meddling proxy might.
 */
function editingBody(
  client: IAMClient,
  step: 'build' | 'deserialize',
  edit: (body: string) => string,
): IAMClient {
  const rewrite = (request: HttpRequestLike) => {
    const body = edit(String(request.body));
    request.body = body;
    request.headers['content-length'] = String(Buffer.byteLength(body));
  };
  if (step === 'build') {
    client.middlewareStack.add(
      (next) => (args) => {
        rewrite(args.request as HttpRequestLike);
        return next(args);
      },
      { step: 'build', name: 'editBody' },
    );
  } else {
    client.middlewareStack.add(
      (next) => (args) => {
        rewrite(args.request as HttpRequestLike);
        return next(args);
      },
      { step: 'deserialize', name: 'editBody' },
    );
  }
  return client;
}

describe.each(TRANSPORTS)('protocol robustness over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport, { users: 0 });
  });
  afterEach(() => h.close());

  /** Sends bytes as they are: with fetch over HTTP, or to the core. */
  const raw = async (request: RawRequest): Promise<RawAnswer> => {
    const method = request.method ?? 'POST';
    const path = request.path ?? '/';
    if (transport === 'in-process') {
      return h.sandbox.service.handle({
        method,
        path,
        headers: request.headers ?? {},
        body: request.body ?? '',
      });
    }
    const response = await fetch(h.connection.endpointUrl + path, {
      method,
      headers: request.headers,
      body: request.body,
    });
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
  };

  const cases: [string, RawRequest, number, string][] = [
    [
      'a missing Action',
      { headers: FORM, body: 'Version=2010-05-08' },
      400,
      'MissingAction',
    ],
    [
      'an unknown Action',
      { headers: FORM, body: 'Action=FlyToTheMoon&Version=2010-05-08' },
      400,
      'InvalidAction',
    ],
    [
      'a wrong Version',
      { headers: FORM, body: 'Action=ListUsers&Version=2009-01-01' },
      400,
      'InvalidAction',
    ],
    [
      'a missing Version',
      { headers: FORM, body: 'Action=ListUsers' },
      400,
      'InvalidAction',
    ],
    [
      'a JSON body',
      {
        headers: { 'content-type': 'application/json' },
        body: '{"Action":"ListUsers"}',
      },
      400,
      'MissingAction',
    ],
    [
      'a malformed body',
      { headers: FORM, body: '%%%&&==%E0%A4%A&\u0000' },
      400,
      'MissingAction',
    ],
    [
      'no Authorization header',
      { headers: FORM, body: LIST_USERS },
      403,
      'MissingAuthenticationToken',
    ],
    [
      'a GET without a signature',
      { method: 'GET', path: `/?${LIST_USERS}` },
      403,
      'MissingAuthenticationToken',
    ],
    [
      'a garbled Authorization header',
      {
        headers: { ...FORM, authorization: 'AWS4-HMAC-SHA256 nonsense' },
        body: LIST_USERS,
      },
      400,
      'IncompleteSignature',
    ],
    [
      'a body over 1 MiB',
      { headers: FORM, body: `${LIST_USERS}&Pad=${'x'.repeat(1024 * 1024)}` },
      413,
      'RequestEntityTooLarge',
    ],
  ];

  it.each(cases)('answers %s with XML', async (_, request, status, code) => {
    const answer = await raw(request);
    const error = errorOf(answer);

    expect(error).toMatchObject({ status, code, type: 'Sender' });
    expect(answer.body).toMatch(/^<\?xml version="1.0"/);
    expect(answer.body).not.toMatch(/<html/i);
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(answer.headers['x-amzn-requestid']).toBe(error.requestId);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  // AWS's validation wording, e.g. "1 validation error detected: Value
  // null at 'userName' failed to satisfy constraint: Member must not be
  // null" (the SDK v3 sends a request without its required members).
  it('answers a missing required parameter with ValidationError', async () => {
    const error = (await h.iam
      .send(new CreateUserCommand({} as { UserName: string }))
      .catch((e: unknown) => e)) as IAMServiceException;
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toContain("Value null at 'userName'");
  });

  it('answers a bad integer or boolean with a 400', async () => {
    const bodies = [
      `${LIST_USERS}&MaxItems=lots`,
      `${LIST_USERS}&MaxItems=1.5`,
      'Action=CreateLoginProfile&Version=2010-05-08&UserName=sandbox-admin' +
        '&Password=Correct-Horse-9&PasswordResetRequired=maybe',
    ];
    for (const body of bodies) {
      const client = editingBody(
        h.clientsFor(h.sandbox.admin).iam,
        'build',
        () => body,
      );
      const error = (await client
        .send(new ListUsersCommand({}))
        .catch((e: unknown) => e)) as IAMServiceException;
      expect(error.name).toBe('InvalidParameterValue');
      expect(error.$metadata.httpStatusCode).toBe(400);
      client.destroy();
    }
    const profile = h.sandbox.service.account.users.get('sandbox-admin');
    expect(profile?.loginProfile).toBeUndefined();
  });

  it('answers a failing handler with ServiceFailure 500, then recovers', async () => {
    const users = h.sandbox.service.account.users;
    // A corrupt entry makes ListUsers throw a TypeError inside the handler.
    users.set('corrupt', undefined as never);

    const error = (await h.iam
      .send(new ListUsersCommand({}))
      .catch((e: unknown) => e)) as IAMServiceException;
    expect(error).toBeInstanceOf(ServiceFailureException);
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$fault).toBe('server');
    expect(error.message).not.toMatch(/TypeError|at .*\.ts/);

    users.delete('corrupt');
    const { Users } = await h.iam.send(new ListUsersCommand({}));
    expect(Users?.map((u) => u.UserName)).toEqual(['sandbox-admin']);
  });

  /** `body` signed with the admin's key, as the SDK would sign it. */
  const signed = async (body: string): Promise<RawRequest> => {
    const host =
      transport === 'http'
        ? new URL(h.connection.endpointUrl).host
        : 'sandbox.invalid';
    const signer = new SignatureV4({
      credentials: h.sandbox.admin,
      region: 'eu-west-1',
      service: 'iam',
      sha256: Sha256,
    });
    const request = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: host,
      path: '/',
      headers: { ...FORM, host },
      body,
    });
    const headers = { ...request.headers };
    // fetch sets Host itself, from the URL.
    if (transport === 'http') delete headers.host;
    return { headers, body };
  };

  it('answers a signed raw request with XML and a declaration', async () => {
    const answer = await raw(await signed(LIST_USERS));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/^<\?xml version="1.0"/);
    const xml = new XMLParser().parse(answer.body) as {
      ListUsersResponse?: {
        ListUsersResult?: { Users?: { member?: { UserName?: string } } };
        ResponseMetadata?: { RequestId?: string };
      };
    };
    expect(
      xml.ListUsersResponse?.ListUsersResult?.Users?.member?.UserName,
    ).toBe('sandbox-admin');
    expect(answer.headers['x-amzn-requestid']).toBe(
      xml.ListUsersResponse?.ResponseMetadata?.RequestId,
    );
  });

  // AWS: SignatureDoesNotMatch (403) "The request signature we calculated
  // does not match the signature you provided. ..."
  it('refuses a wrong secret or a body changed after signing', async () => {
    const wrongSecret = h.clientsFor({
      accessKeyId: h.sandbox.admin.accessKeyId,
      secretAccessKey: 'w'.repeat(40),
    });
    const calls = [
      () => wrongSecret.iam.send(new ListUsersCommand({})),
      () => wrongSecret.sts.send(new GetCallerIdentityCommand({})),
      () =>
        // Same length, so only the signature can tell.
        editingBody(h.clientsFor(h.sandbox.admin).iam, 'deserialize', (body) =>
          body.replace('MaxItems=1', 'MaxItems=2'),
        ).send(new ListUsersCommand({ MaxItems: 1 })),
    ];
    for (const call of calls) {
      const error = (await call().catch(
        (e: unknown) => e,
      )) as IAMServiceException;
      expect(error.name).toBe('SignatureDoesNotMatch');
      expect(error.$metadata.httpStatusCode).toBe(403);
    }

    const tampered = await signed(`${LIST_USERS}&MaxItems=1`);
    const answer = await raw({
      ...tampered,
      body: `${LIST_USERS}&MaxItems=2`,
    });
    expect(errorOf(answer)).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
  });
});

describe('XML escaping', () => {
  it('escapes markup in values, so an echoed value cannot break the document', async () => {
    const h = await startSandbox('http');
    try {
      // AWS echoes a refused value in its message; the XML must carry it
      // intact, whatever markup it holds.
      const value = '<b>R&D</b> "quoted" \'single\'';
      const error = await h.iam
        .send(
          new CreateUserCommand({
            UserName: 'escaped',
            Tags: [{ Key: 'team', Value: value }],
          }),
        )
        .then(() => null)
        .catch((e: unknown) => e as IAMServiceException);
      expect(error?.name).toBe('ValidationError');
      expect(error?.message).toContain(`Value '${value}'`);
    } finally {
      await h.close();
    }
  });
});
