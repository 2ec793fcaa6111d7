import 'reflect-metadata';
import { runService } from '@wiz/platform';
import { IntakeModule, INTAKE_API } from './app.module';

runService('intake', (config) => IntakeModule.register(config), INTAKE_API);
