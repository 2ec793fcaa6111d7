import { Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import { CredentialSleutels } from '../../credential-sleutels';
import { certificaatPdf } from '../../documenten/certificaat-pdf';
import { CredentialUitgifte } from '../credential/credential-uitgifte';

/** The certificate of one of the caller's results: the PDF carries a freshly signed credential of the same result. */
@Injectable()
export class CertificaatQuery {
  constructor(
    private readonly uitgifte: CredentialUitgifte,
    private readonly sleutels: CredentialSleutels,
  ) {}

  async maak(wie: Principal, resultaatId: string): Promise<{ pdf: Buffer; soort: string; behaaldOp: string }> {
    const u = await this.uitgifte.geef(wie, resultaatId, 'certificaat-downloaden');
    const pdf = await certificaatPdf({
      naam: u.naam,
      resultaat: u.resultaat,
      credential: u.credential,
      verificatieUrl: this.sleutels.verificatieUrl,
      gemaaktOp: new Date(),
    });
    return { pdf, soort: u.resultaat.soort, behaaldOp: u.resultaat.behaaldOp };
  }
}
