import { problemException } from '@wiz/platform';
import { BeperkingBestaatAl, BeperkingNietActief, InwonerAlGewist } from '../domain/privacyverzoek';

/** The request refusals as problems: a repeated request is 409 naming the request in force (`bestaandId`). */
export async function alsProbleem<T>(werk: Promise<T>): Promise<T> {
  try {
    return await werk;
  } catch (err) {
    if (err instanceof InwonerAlGewist || err instanceof BeperkingBestaatAl)
      throw problemException(409, err.message, { bestaandId: err.bestaandId });
    if (err instanceof BeperkingNietActief) throw problemException(404, err.message);
    throw err;
  }
}
