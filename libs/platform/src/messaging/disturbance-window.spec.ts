import { DisturbanceWindow } from './disturbance-window';

describe('DisturbanceWindow', () => {
  let now = 0;
  const window = () => new DisturbanceWindow(30_000, 10_000, () => now);

  beforeEach(() => (now = 1_000_000));

  it('asks for nothing while nothing was disturbed', () => {
    expect(window().takeRepairFrom()).toBeUndefined();
  });

  it('waits until the cluster has been quiet for the settle time after the last failure', () => {
    const r = window();
    r.disturbed();
    now += 4_000;
    r.disturbed();
    now += 9_999;
    expect(r.takeRepairFrom()).toBeUndefined();
    now += 1;
    expect(r.takeRepairFrom()).toEqual(new Date(1_000_000 - 30_000));
  });

  it('repairs once per disturbance, and again for the next one', () => {
    const r = window();
    r.disturbed();
    now += 10_000;
    expect(r.takeRepairFrom()).toBeDefined();
    expect(r.takeRepairFrom()).toBeUndefined();
    now += 60_000;
    r.disturbed();
    now += 10_000;
    expect(r.takeRepairFrom()).toEqual(new Date(1_000_000 + 70_000 - 30_000));
  });

  it('keeps a disturbance whose repair failed open from where it began', () => {
    const r = window();
    r.disturbed();
    now += 10_000;
    const from = r.takeRepairFrom()!;
    r.reopen(from);
    now += 5_000;
    r.disturbed();
    now += 10_000;
    expect(r.takeRepairFrom()).toEqual(from);
  });

  it('repairs a loss from when it began, however much earlier it was noticed', () => {
    const r = window();
    r.disturbed();
    now += 2_000;
    r.disturbedSince(1_000_000 - 60_000);
    now += 9_999;
    expect(r.takeRepairFrom()).toBeUndefined(); // noticed later than the first sign: settling counts from then
    now += 1;
    expect(r.takeRepairFrom()).toEqual(new Date(1_000_000 - 60_000 - 30_000));
  });
});
