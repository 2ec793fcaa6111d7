import type { FastifyInstance } from 'fastify';
import { problemException } from './problem';
import { findJsonShapeProblem } from './json-shape';

const JSON_CONTENT_TYPE = 'application/json';

/**
 * Fastify's JSON parser (secure-json-parse: `__proto__` and `constructor.prototype` refused) behind one linear scan
 * that refuses a body nested deeper than `maxDepth` or with a key given twice, each as a 400 naming where. Replaces
 * the parser Nest would register (createHttpApp turns Nest's off), so every JSON body goes through it.
 */
export function useStrictJsonParser(fastify: FastifyInstance, maxDepth: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(JSON_CONTENT_TYPE);
  fastify.addContentTypeParser(JSON_CONTENT_TYPE, { parseAs: 'string' }, (request, body, done) => {
    const found = findJsonShapeProblem(body as string, maxDepth);
    if (found?.kind === 'too-deep') {
      return done(
        problemException(400, `The JSON body is nested deeper than ${maxDepth} levels, which no operation accepts.`, {
          errors: [{ field: found.path, message: `nested deeper than ${maxDepth} levels` }],
        }),
        undefined,
      );
    }
    if (found?.kind === 'duplicate-key') {
      return done(
        problemException(400, 'The JSON body gives a field more than once; send each field once.', {
          errors: [{ field: found.path, message: 'given more than once' }],
        }),
        undefined,
      );
    }
    // Fastify's own JSON parser answers through `done`; its type also allows the promise form it does not use here.
    void parse(request, body as string, done);
  });
}
