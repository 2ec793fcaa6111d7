/**
 * A change a placement refuses, carrying what the API answers with: a conflict with the placement's state, or an
 * invalid value of one request field (the field is named here, not read back from a message).
 */
export class PlaatsingFout extends Error {
  private constructor(
    readonly soort: 'conflict' | 'ongeldig',
    detail: string,
    readonly veld?: { field: string; message: string },
  ) {
    super(detail);
    this.name = 'PlaatsingFout';
  }

  static conflict(detail: string): PlaatsingFout {
    return new PlaatsingFout('conflict', detail);
  }

  static ongeldig(detail: string, field: string, message: string): PlaatsingFout {
    return new PlaatsingFout('ongeldig', detail, { field, message });
  }
}
