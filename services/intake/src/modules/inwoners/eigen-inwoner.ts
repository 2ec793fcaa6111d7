import { type Principal, problemException } from '@wiz/platform';

/** The person only from their token: no inwoner names another. */
export function eigenInwoner(wie: Principal): string {
  if (!wie.inwonerId) throw problemException(403, 'Only the inwoner themself files or reads their own requests.');
  return wie.inwonerId;
}
