import { Injectable } from '@nestjs/common';
import { CredentialSleutels } from '../../credential-sleutels';
import { verifieer, type Verificatie } from '../../domain/credential';

/** Checks a credential against the region's own keys (current and earlier); stores nothing, logs no content. */
@Injectable()
export class VerifieerCredential {
  constructor(private readonly sleutels: CredentialSleutels) {}

  execute(credential: string): Promise<Verificatie> {
    return verifieer(credential, this.sleutels.vertrouwd());
  }
}
