import type { FastifyReply } from 'fastify';

/** The traject version as the ETag every change answers with, so a client can send it back as If-Match. */
export function zetEtag(reply: FastifyReply, versie: number): void {
  void reply.header('ETag', `"${versie}"`);
}

/** A change's answer, with the traject's new version as its ETag. */
export async function metEtag<T>(
  reply: FastifyReply,
  wijziging: Promise<{ resultaat: T; versie: number }>,
): Promise<T> {
  const { resultaat, versie } = await wijziging;
  zetEtag(reply, versie);
  return resultaat;
}
