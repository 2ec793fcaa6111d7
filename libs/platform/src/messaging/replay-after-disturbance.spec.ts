import { ReplayAfterDisturbance } from './replay-after-disturbance';

describe('ReplayAfterDisturbance', () => {
  let now = 0;
  const replay = () => new ReplayAfterDisturbance(30_000, 10_000, () => now);

  beforeEach(() => (now = 1_000_000));

  it('asks for nothing while no publish has failed', () => {
    expect(replay().takeReplayFrom()).toBeUndefined();
  });

  it('waits until publishes have succeeded for the settle time after the last failure', () => {
    const r = replay();
    r.publishFailed();
    now += 4_000;
    r.publishFailed();
    now += 9_999;
    expect(r.takeReplayFrom()).toBeUndefined();
    now += 1;
    expect(r.takeReplayFrom()).toEqual(new Date(1_000_000 - 30_000));
  });

  it('replays once per disturbance, and again for the next one', () => {
    const r = replay();
    r.publishFailed();
    now += 10_000;
    expect(r.takeReplayFrom()).toBeDefined();
    expect(r.takeReplayFrom()).toBeUndefined();
    now += 60_000;
    r.publishFailed();
    now += 10_000;
    expect(r.takeReplayFrom()).toEqual(new Date(1_000_000 + 70_000 - 30_000));
  });
});
