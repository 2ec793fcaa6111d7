import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { PlatformConfig, type Principal } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import {
  DECLARATIE_REPOSITORY,
  DeclaratieRepositoryPort,
  DeclaratieZonderRegels,
} from '../../database/declaratie.repository.port';
import { schrijfInWerker } from '../exporteer-declaratie/export-in-werker';

/** A compiled claim: its JSON written into `out` by `schrijf`, its lines read in batches while it is sent. */
export interface GestreamdeDeclaratie {
  schrijf: (out: Writable) => Promise<void>;
}

/**
 * A claim as GET /declaraties/{id} answers it: while it compiles, its progress; once compiled, with every line
 * (unless asked without, `regels=geen`). A
 * million lines as one JSON value took the service from 155 to 444 MB (benchmark, claim section), so the compiled
 * claim is written by the export's worker thread, from a cursor, with the response's backpressure.
 */
@Injectable()
export class LeesDeclaratieService {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    private readonly config: PlatformConfig,
  ) {}

  async lees(id: string, wie: Principal, metRegels: boolean): Promise<DeclaratieZonderRegels | GestreamdeDeclaratie> {
    await this.toegang.eisZichtbaar(id, wie);
    const declaratie = await this.declaraties.zonderRegels(id);
    if (!declaratie) throw new NotFoundException(`Declaratie ${id} not found.`);
    if (declaratie.status === 'in-bewerking' || !metRegels) return declaratie;
    const databaseUrl = this.config.database.url;
    return { schrijf: (out) => schrijfInWerker(out, { databaseUrl, declaratieId: id, formaat: 'json', declaratie }) };
  }
}
