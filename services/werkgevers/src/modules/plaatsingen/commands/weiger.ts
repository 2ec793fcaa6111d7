import { ConflictException } from '@nestjs/common';
import { problemException } from '@wiz/platform';
import type { PlaatsingFout } from '../domain/plaatsing-fout';

/** Answers a refused change as the API documents it: 409 for a conflict, 400 naming the field for an invalid value. */
export function weiger(fout: PlaatsingFout): never {
  if (fout.soort === 'conflict' || !fout.veld) throw new ConflictException(fout.message);
  throw problemException(400, fout.message, { errors: [fout.veld] });
}
