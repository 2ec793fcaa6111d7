import { HttpException } from '@nestjs/common';
import { problemException } from '@wiz/platform';
import { DeclaratieFout } from '../domain';

const STATUS: Record<DeclaratieFout['soort'], number> = { ongeldig: 400, conflict: 409, 'te-groot': 422 };

/** A refusal of the domain as the problem the API answers: the status per kind, the field from the error itself. */
function alsProbleem(fout: DeclaratieFout): HttpException {
  return problemException(
    STATUS[fout.soort],
    fout.message,
    fout.veld ? { errors: [{ field: fout.veld.naam, message: fout.veld.melding }] } : {},
  );
}

/** Runs a use case; its domain refusals become problems, anything else passes unchanged. */
export async function metProblemen<T>(werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (err) {
    throw err instanceof DeclaratieFout ? alsProbleem(err) : err;
  }
}
