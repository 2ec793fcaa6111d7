import type { FastifyReply } from 'fastify';

/** The traject version as the ETag every change answers with, so a client can send it back as If-Match. */
export function zetEtag(reply: FastifyReply, versie: number): void {
  void reply.header('ETag', `"${versie}"`);
}
