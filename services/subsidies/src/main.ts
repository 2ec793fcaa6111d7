import 'reflect-metadata';
import { runService } from '@wiz/platform';
import { SubsidiesAppModule, SUBSIDIES_API } from './app.module';

runService('subsidies', (config) => SubsidiesAppModule.register(config), SUBSIDIES_API);
