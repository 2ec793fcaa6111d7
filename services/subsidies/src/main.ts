import 'reflect-metadata';
import { runService } from '@wiz/platform';
import { SubsidiesAppModule, SUBSIDIES_API, subsidiesUploads } from './app.module';

runService('subsidies', (config) => SubsidiesAppModule.register(config), SUBSIDIES_API, subsidiesUploads());
