import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { BodyWriter, Principal } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import {
  DECLARATIE_REPOSITORY,
  DeclaratieRepositoryPort,
  type DeclaratieView,
  type DeclaratieZonderRegels,
} from '../../database/declaratie.repository.port';
import { SUBSIDIES_CONFIG, type SubsidiesConfig } from '../../../../config/subsidies-config';
import { WerkerPlaatsen } from '../werker/werker-plaatsen';

/** A compiled claim: its JSON written into `out` by `schrijf`, its lines read in batches while it is sent. */
export interface GestreamdeDeclaratie {
  schrijf: BodyWriter;
}

/**
 * A claim as GET /declaraties/{id} answers it: while it compiles, its progress; once compiled, with every line
 * (unless asked without, `regels=geen`). A claim of at most DECLARATIE_DIRECT_MAX lines is read at once, as one
 * compiled within its request is answered. A larger one is written by the export's worker thread, from a cursor,
 * with the response's backpressure: a million lines as one value took the service from 155 to 444 MB (benchmark,
 * claim section). The worker costs a thread and a connection of its own, which a small claim need not pay.
 */
@Injectable()
export class LeesDeclaratieService {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    private readonly werkers: WerkerPlaatsen,
    @Inject(SUBSIDIES_CONFIG) private readonly subsidies: SubsidiesConfig,
  ) {}

  async lees(id: string, wie: Principal, metRegels: boolean): Promise<DeclaratieView | GestreamdeDeclaratie> {
    await this.toegang.eisZichtbaar(id, wie);
    const declaratie = await this.declaraties.zonderRegels(id);
    if (!declaratie) throw new NotFoundException(`Declaratie ${id} not found.`);
    if (declaratie.status === 'in-bewerking' || !metRegels) return declaratie;
    if (aantalRegels(declaratie) <= this.subsidies.directMax) return (await this.declaraties.lees(id))!;
    return { schrijf: (out) => this.werkers.schrijf(out, { declaratieId: id, formaat: 'json', declaratie }) };
  }
}

function aantalRegels({ aantallen }: DeclaratieZonderRegels): number {
  return (aantallen?.opgenomen ?? 0) + Object.values(aantallen?.uitgesloten ?? {}).reduce((a, n) => a + n, 0);
}
