import 'reflect-metadata';
import { runService } from '@wiz/platform';
import { TrajectenAppModule, TRAJECTEN_API } from './app.module';

runService('trajecten', (config) => TrajectenAppModule.register(config), TRAJECTEN_API);
