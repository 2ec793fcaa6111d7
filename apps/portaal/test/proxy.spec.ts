import { readToEnd } from '@wiz/platform/testing';
import { PortaalOmgeving, startPortaal } from './harness/portaal';

/**
 * Everyone's requests reach the services through the portaal, from one address. The services trust the portaal's
 * X-Forwarded-For, so a rate limit still counts each user's browser, and a browser cannot pose as another. Set up
 * as npm start does: the portaal connects from 127.0.0.2 and the services trust only that address, not loopback.
 */
describe('portaal proxy: rate limits per user, not per portaal', () => {
  let omgeving: PortaalOmgeving;
  const LIMIET = 5;

  beforeAll(async () => {
    omgeving = await startPortaal(
      { RATE_LIMIT_PER_MINUTE: String(LIMIET), HTTP_TRUSTED_PROXIES: '127.0.0.2' },
      { PORTAAL_TRUSTED_PROXIES: '127.0.0.1', PORTAAL_SOURCE_ADDRESS: '127.0.0.2' },
    );
  }, 120_000);
  afterAll(() => omgeving?.stop());

  // The test plays the ingress in front of the portaal: it names the browser in X-Forwarded-For.
  const vraag = async (browser: string, extra: Record<string, string> = {}) => {
    const token = await omgeving.run.token({ role: 'financien', organisatie: 'wiz' });
    return (
      await fetch(`${omgeving.url}/api/subsidies/regelingen`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': browser, ...extra },
      })
    ).status;
  };

  it('limits one browser and leaves another alone', async () => {
    const eerste: number[] = [];
    for (let i = 0; i < LIMIET; i++) eerste.push(await vraag('10.0.0.1'));
    expect(eerste).toEqual(Array(LIMIET).fill(200));
    expect(await vraag('10.0.0.1')).toBe(429);
    expect(await vraag('10.0.0.2')).toBe(200);
  });

  it('keeps a browser from escaping its limit by naming another address itself', async () => {
    // The browser 10.0.0.1 (already limited) puts a made-up address first; the ingress appends the real one.
    expect(await vraag('10.9.9.9, 10.0.0.1')).toBe(429);
  });

  it('believes X-Forwarded-For from the portaal only, not from any other process on the machine', async () => {
    // Another local process calls the service directly and names a fresh client each time: it is counted as itself.
    const token = await omgeving.run.token({ role: 'financien', organisatie: 'wiz' });
    const direct = (browser: string) =>
      fetch(`${omgeving.dienst('subsidies')}/api/v1/regelingen`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': browser },
      }).then((r) => r.status);
    const statussen: number[] = [];
    for (let i = 0; i <= LIMIET; i++) statussen.push(await direct(`10.1.0.${i}`));
    expect(statussen).toEqual([...Array(LIMIET).fill(200), 429]);
  });

  it('ends a dashboard’s live stream through the portaal when its token expires', async () => {
    const kortlevend = await omgeving.run.token({ role: 'monitor', organisatie: 'WIZ', expiresIn: '3s' });
    const res = await fetch(`${omgeving.url}/api/trajecten/monitor/gebeurtenissen`, {
      headers: { Authorization: `Bearer ${kortlevend}`, 'X-Forwarded-For': '10.0.0.3' },
    });
    expect(res.status).toBe(200);
    // A stream that outlived its token would run on (a heartbeat every 15 s) until readToEnd's guard cuts it off.
    const { text, ended } = await readToEnd(res);
    expect(text).toContain('event: verbonden');
    expect(ended).toBe(true);
  });
});
