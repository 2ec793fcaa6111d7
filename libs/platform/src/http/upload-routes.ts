import type { FastifyInstance, FastifyReply } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';

type Refuse = (reply: FastifyReply, status: 415, detail: string) => void;

/**
 * Upload content types (CSV, XLSX) come with a far larger body limit than JSON; that limit is for the operations
 * that take uploads, not for every route of the service. An operation takes an upload type when its OpenAPI
 * request body declares it (@ApiConsumes), the same contract the documentation shows; to any other route such a
 * body is refused with 415 before a byte of it is read.
 */
export function acceptUploadsOnlyWhereDeclared(
  fastify: FastifyInstance,
  contentTypes: string[],
  document: OpenAPIObject,
  refuse: Refuse,
): void {
  const server = document.servers?.[0]?.url ?? ''; // the document's paths are relative to its server (/api/v1)
  const declared = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['post', 'put', 'patch'] as const) {
      const content = (item[method]?.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {};
      if (contentTypes.some((type) => type in content))
        declared.add(`${method.toUpperCase()} ${server}${path.replace(/\{([^}]+)\}/g, ':$1')}`);
    }
  }
  fastify.addHook('preParsing', (request, reply, payload, done) => {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!contentTypes.includes(type) || declared.has(`${request.method} ${request.routeOptions.url}`))
      return done(null, payload);
    refuse(reply, 415, 'This operation does not take this content type; send application/json.');
  });
}
