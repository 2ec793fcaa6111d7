/** Why a slot was refused: the client holds its share already, or everyone together fill the whole capacity. */
export type Refusal = 'client' | 'total';

/**
 * Counts what each client (by address) holds open at once, with a cap per client and an optional cap for all
 * together. `acquire` answers a release function, to be called exactly once when the request is over, or why not.
 */
export class ConcurrencyLimit {
  private readonly held = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perClient: number,
    private readonly overall = Number.POSITIVE_INFINITY,
  ) {}

  acquire(client: string): { release: () => void } | { refused: Refusal } {
    const mine = this.held.get(client) ?? 0;
    if (mine >= this.perClient) return { refused: 'client' };
    if (this.total >= this.overall) return { refused: 'total' };
    this.held.set(client, mine + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = this.held.get(client)! - 1;
        if (left) this.held.set(client, left);
        else this.held.delete(client);
      },
    };
  }
}
