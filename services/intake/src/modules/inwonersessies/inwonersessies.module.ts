import { DynamicModule, Module } from '@nestjs/common';
import { INTAKE_CONFIG } from '../../config/intake-config.module';
import type { IntakeConfig } from '../../config/intake-config';
import { AuditModule } from '../audit/audit.module';
import { BsnVault } from '../inwoners/identity/bsn-vault';
import { StartInwonersessieController } from './commands/start-inwonersessie/start-inwonersessie.controller';
import { StartInwonersessie } from './commands/start-inwonersessie/start-inwonersessie.service';
import { InwonerLoginRepository } from './database/inwoner-login.repository';
import { DigidVerifier } from './identity/digid-verifier';
import { laadSessieSleutel } from './identity/sessie-sleutel';
import { loadInwonersessieConfig } from './inwonersessie-config';
import { INWONERSESSIE_CONFIG, SESSIE_SLEUTEL } from './inwonersessie.tokens';
import { SessieSleutelsController } from './queries/sessie-sleutels/sessie-sleutels.controller';

/**
 * Inwoner login (Mijn Werk in Zicht): intake is the inwoner-session issuer. It exchanges a DigiD broker's ID token
 * for an inwoner token and publishes the public key every service checks those tokens with.
 */
@Module({})
export class InwonersessiesModule {
  static register(env: NodeJS.ProcessEnv): DynamicModule {
    const config = loadInwonersessieConfig(env);
    return {
      module: InwonersessiesModule,
      imports: [AuditModule],
      controllers: [StartInwonersessieController, SessieSleutelsController],
      providers: [
        { provide: INWONERSESSIE_CONFIG, useValue: config },
        { provide: SESSIE_SLEUTEL, useFactory: () => laadSessieSleutel(config) },
        { provide: DigidVerifier, useValue: new DigidVerifier(config.digid) },
        { provide: BsnVault, inject: [INTAKE_CONFIG], useFactory: (c: IntakeConfig) => new BsnVault(c.bsn) },
        InwonerLoginRepository,
        StartInwonersessie,
      ],
    };
  }
}
