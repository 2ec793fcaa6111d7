import * as path from 'node:path';
import { loadPortaalConfig } from './config';
import { buildPortaalServer } from './app';

/** `npm start` runs this after the services: the portaal on PORTAAL_PORT (3000). */
async function main(): Promise<void> {
  const config = loadPortaalConfig(process.env);
  // The development issuer lives in the platform library, shared with `npm run token`; production never loads it.
  const devIssuer = config.login.mode === 'dev' ? await import('@wiz/platform/dist/auth/dev-issuer.js') : undefined;
  const mintToken = devIssuer?.mintDevToken;
  const mintDigidToken = devIssuer && ((req: { bsn: string }) => devIssuer.mintDevDigidToken(req));
  const app = await buildPortaalServer({
    config,
    clientDir: path.join(__dirname, '../client'),
    mintToken,
    mintDigidToken,
    logger: process.env.LOG_LEVEL !== 'silent',
  });
  await app.listen({ host: config.host, port: config.port });
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
