import 'reflect-metadata';
import { runService } from '@wiz/platform';
import { WerkgeversAppModule, WERKGEVERS_API } from './app.module';

runService('werkgevers', (config) => WerkgeversAppModule.register(config), WERKGEVERS_API);
