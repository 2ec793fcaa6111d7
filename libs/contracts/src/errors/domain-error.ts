/**
 * What a refusal of the domain means to a caller, independent of HTTP: bad input, something that does not exist,
 * a state that forbids it, or input that is well-formed but cannot be processed. The one problem filter of
 * @wiz/platform turns each kind into its status (400, 404, 409, 422), so no service maps its own errors.
 */
export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'unprocessable';

/** The request field a refusal is about and what is wrong with it, kept as data so no one parses a message. */
export interface DomainErrorField {
  name: string;
  message: string;
}

/** The base of every domain refusal. Its message is the problem's English `detail`; it never holds personal data. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  protected constructor(
    message: string,
    readonly field?: DomainErrorField,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
