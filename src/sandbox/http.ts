import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MAX_BODY_BYTES,
  type SandboxResponse,
  type SandboxService,
} from './service.js';

/**
 * Reads the body, keeping at most one byte past the limit: enough for the
 * service to see that it is too large, without holding a huge body.
 */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    request.on('data', (chunk: Buffer) => {
      const room = MAX_BODY_BYTES + 1 - kept;
      if (room <= 0) return;
      const part = chunk.subarray(0, room);
      chunks.push(part);
      kept += part.length;
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function lowerCaseHeaders(request: IncomingMessage) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers[name.toLowerCase()] = Array.isArray(value)
        ? value.join(',')
        : value;
    }
  }
  return headers;
}

/** The sandbox over HTTP on 127.0.0.1. */
export interface SandboxServer {
  endpoint: string;
  close(): Promise<void>;
}

export async function listen(
  service: SandboxService,
  port = 0,
): Promise<SandboxServer> {
  const server: Server = createServer((request, response) => {
    const send = (answer: SandboxResponse) => {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    };
    readBody(request)
      .then((body) =>
        service.handle({
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: lowerCaseHeaders(request),
          body,
        }),
      )
      .then(send, (error: unknown) => {
        if (!response.headersSent) send(service.failure(error));
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
