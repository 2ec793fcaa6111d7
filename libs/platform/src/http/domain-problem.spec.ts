import { DomainError } from '@wiz/contracts';
import { domainProblem } from './problem.filter';

class ClosedTraject extends DomainError {
  readonly kind = 'conflict';
  constructor() {
    super('This traject is closed.');
  }
}

class StartAfterEnd extends DomainError {
  readonly kind = 'invalid';
  constructor() {
    super('The end is before the start.', { name: 'einddatum', message: 'must not be before the start' });
  }
}

class TooLarge extends DomainError {
  readonly kind = 'unprocessable';
  constructor() {
    super('No amount can hold this total.');
  }
}

describe('domain refusals as problems', () => {
  it('answers the status of the kind with the message as detail', () => {
    expect(domainProblem(new ClosedTraject())).toEqual({
      type: 'https://werkinzicht.nl/problemen/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'This traject is closed.',
    });
    expect(domainProblem(new TooLarge()).status).toBe(422);
  });

  it('names the field the refusal is about from the error itself', () => {
    const p = domainProblem(new StartAfterEnd());
    expect(p.status).toBe(400);
    expect(p.errors).toEqual([{ field: 'einddatum', message: 'must not be before the start' }]);
  });

  it('keeps the subclass name for logs', () => {
    expect(new ClosedTraject().name).toBe('ClosedTraject');
    expect(new ClosedTraject()).toBeInstanceOf(Error);
  });
});
