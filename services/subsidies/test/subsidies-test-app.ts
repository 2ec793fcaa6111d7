import { ServiceTestApp } from '@wiz/platform/testing';
import { SubsidiesAppModule, SUBSIDIES_API, subsidiesUploads } from '../src/app.module';

/** The real subsidies service on its own database, stream and Redis prefix, with its upload routes as in production. */
export class SubsidiesTestApp extends ServiceTestApp {
  constructor(env: NodeJS.ProcessEnv = {}) {
    super(
      'subsidies',
      (config, e) => SubsidiesAppModule.register(config, e),
      SUBSIDIES_API,
      env,
      subsidiesUploads(env),
    );
  }
}
