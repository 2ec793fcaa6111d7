import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:net';
import { holdsListeningSocket } from '../src/testing/service-processes';

/** The harness's check that a started service, and not another test's server on the same port, answers there. */
describe('holdsListeningSocket', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is true for the process that listens on the port', () => {
    expect(holdsListeningSocket(process.pid, port)).toBe(true);
  });

  it('is false for another process, and for a port nobody listens on', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      expect(holdsListeningSocket(other.pid!, port)).toBe(false);
      expect(holdsListeningSocket(process.pid, port === 65_535 ? port - 1 : port + 1)).toBe(false);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
