import { syntheticAanmelding } from '@wiz/platform/testing';

/** Distinct, valid aanmeldingen, one per call: the testing library's synthetic people, counted within a run. */
export class AanmeldingGenerator {
  private n = 0;

  next(): ReturnType<typeof syntheticAanmelding> {
    return syntheticAanmelding(this.n++);
  }
}
