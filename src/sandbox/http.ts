import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxService } from './service.js';

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(
        size > MAX_BODY_BYTES
          ? undefined
          : Buffer.concat(chunks).toString('utf8'),
      ),
    );
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
    void (async () => {
      const body = await readBody(request);
      const answer = await service.handle({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        headers: lowerCaseHeaders(request),
        // An oversized body is answered as a malformed one: no action.
        body: body ?? '',
      });
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    })().catch(() => {
      response.writeHead(500).end();
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
