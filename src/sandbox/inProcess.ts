import { Readable } from 'node:stream';
import { HttpResponse, type HttpHandler } from '@smithy/core/protocols';
import type { SandboxService } from './service.js';

function pathWithQuery(path: string, query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') search.append(key, value);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new Error('The in-process sandbox accepts only buffered bodies.');
}

/**
 * An SDK request handler that answers from the sandbox in this process:
 * the SDK still serialises, signs and parses the same bytes it would send
 * over HTTP, so `--sandbox` needs no port.
 */
export function inProcessHandler(service: SandboxService): HttpHandler {
  return {
    async handle(request) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        headers[name.toLowerCase()] = value;
      }
      const answer = await service.handle({
        method: request.method,
        path: pathWithQuery(request.path, request.query ?? {}),
        headers,
        body: bodyText(request.body),
      });
      return {
        response: new HttpResponse({
          statusCode: answer.status,
          headers: answer.headers,
          body: Readable.from([Buffer.from(answer.body)]),
        }),
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}
