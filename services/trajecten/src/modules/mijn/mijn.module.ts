import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EigenInzage } from './eigen-inzage';
import { CredentialSleutels } from './credential-sleutels';
import { MijnDossier } from './database/mijn-dossier';
import { MijnTrajectenController } from './queries/mijn-trajecten/mijn-trajecten.controller';
import { MijnTrajectenQuery } from './queries/mijn-trajecten/mijn-trajecten.query';
import { MijnResultatenController } from './queries/mijn-resultaten/mijn-resultaten.controller';
import { MijnResultatenQuery } from './queries/mijn-resultaten/mijn-resultaten.query';
import { CredentialController } from './queries/credential/credential.controller';
import { CredentialUitgifte } from './queries/credential/credential-uitgifte';
import { CertificaatController } from './queries/certificaat/certificaat.controller';
import { CertificaatQuery } from './queries/certificaat/certificaat.query';
import { CredentialSleutelsController } from './queries/credential-sleutels/credential-sleutels.controller';
import { VerifieerCredentialController } from './commands/verifieer-credential/verifieer-credential.controller';
import { VerifieerCredential } from './commands/verifieer-credential/verifieer-credential.service';

/**
 * Mijn Werk in Zicht in trajecten (issue 20): the inwoner's own trajecten and results, a certificate and a
 * verifiable credential per result, and the public check of such a credential with its keys.
 */
@Module({
  imports: [AuditModule],
  controllers: [
    MijnTrajectenController,
    MijnResultatenController,
    CertificaatController,
    CredentialController,
    CredentialSleutelsController,
    VerifieerCredentialController,
  ],
  providers: [
    EigenInzage,
    CredentialSleutels,
    MijnDossier,
    MijnTrajectenQuery,
    MijnResultatenQuery,
    CredentialUitgifte,
    CertificaatQuery,
    VerifieerCredential,
  ],
})
export class MijnModule {}
