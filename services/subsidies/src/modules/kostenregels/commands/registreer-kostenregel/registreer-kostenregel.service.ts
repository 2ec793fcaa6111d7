import { Inject, Injectable } from '@nestjs/common';
import { problemException, TransactionRunner } from '@wiz/platform';
import { foutenTegenRegelingen, KostenregelInvoer } from '../../domain';
import { REGELINGEN, RegelingenPort } from '../../../regelingen/regelingen.port';
import { KOSTENREGEL_REPOSITORY, KostenregelRepositoryPort } from '../../database/kostenregel.repository.port';

/** Records one cost line after checking what only the regelingen know: the scheme exists and allows its kind. */
@Injectable()
export class RegistreerKostenregelService {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(KOSTENREGEL_REPOSITORY) private readonly kostenregels: KostenregelRepositoryPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
  ) {}

  /** The new line's id; 400 naming the field when the regeling refuses it. */
  async registreer(regel: KostenregelInvoer, organisatie: string): Promise<string> {
    const regelingen = await this.regelingen.kostensoorten([regel.regelingCode]);
    const fouten = foutenTegenRegelingen(regelingen, regel).map((f) => ({ field: f.veld, message: f.melding }));
    if (fouten.length)
      throw problemException(
        400,
        `${fouten.length} cost line field${fouten.length === 1 ? ' is' : 's are'} invalid; nothing was stored.`,
        { errors: fouten },
      );
    const [id] = await this.transactions.run((m) => this.kostenregels.voegIn(m, [regel], organisatie));
    return id;
  }
}
