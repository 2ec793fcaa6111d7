import { ServiceTestApp } from '@wiz/platform/testing';
import { IntakeModule, INTAKE_API } from '../src/app.module';

/** A valid aanmelding; tests override what they are about. */
export function aanmelding(
  overrides: { inwoner?: Record<string, unknown>; situatie?: Record<string, unknown>; [k: string]: unknown } = {},
) {
  const { inwoner, situatie, ...rest } = overrides;
  return {
    kanaal: 'balie',
    inwoner: {
      voornaam: 'Anne',
      achternaam: 'de Vries',
      geboortedatum: '1990-04-01',
      postcode: '9711AB',
      huisnummer: '12',
      gemeentecode: 'GM0014',
      ...inwoner,
    },
    situatie: {
      uitkering: 'ww',
      werkend: false,
      zzp: false,
      arbeidsbeperking: false,
      statushouder: false,
      startkwalificatie: true,
      ...situatie,
    },
    hulpvraag: 'Ik zoek werk',
    ...rest,
  };
}

/** The real intake service on its own database, stream and BSN keys. */
export class IntakeTestApp extends ServiceTestApp {
  constructor() {
    super('intake', (config, env) => IntakeModule.register(config, env), INTAKE_API);
  }
}
