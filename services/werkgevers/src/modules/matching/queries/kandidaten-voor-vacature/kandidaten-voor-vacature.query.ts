import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, EventConsumers, Principal } from '@wiz/platform';
import { kalenderdag, ToestemmingGewijzigd, ToestemmingGewijzigdV2 } from '@wiz/contracts';
import { magProfielZien, pseudoniem, rangschikKandidaten, toestemmingsmoment } from '../../domain';
import { WERKGEVERS_CONFIG, WerkgeversConfig } from '../../../../config/werkgevers-config';
import { SCOPING } from '../../../scoping';
import { WERKGEVERREGISTER, type Werkgeverregister } from '../../../werkgevers/werkgeverregister.port';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';

/** How long the list waits at most for consent changes already in the stream to be applied. */
const TOESTEMMING_WACHTTIJD_MS = 1_000;

/**
 * Candidates for a vacancy: open trajecten in step Matchen, ranked by overlap with the vacancy's skills. Employer
 * teams see a pseudonymous code and the overlap; the profile (traject and skills) only when the person consented
 * (to all employers, or to this vacancy's) and the consultant released it. Consent is read at request time, so a
 * withdrawal hides the profile as soon as werkgevers heard of it and a consent lapses after its geldigTot, and
 * the code changes with the consent (see `pseudoniem`), so the team cannot tell which code the withdrawn profile has.
 * Only a visible profile carries the traject id; equals are ordered by their code, not by the traject id.
 */
@Injectable()
export class KandidatenVoorVacature {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(WERKGEVERS_CONFIG) private readonly config: WerkgeversConfig,
    @Inject(WERKGEVERREGISTER) private readonly werkgevers: Werkgeverregister,
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
    private readonly consumers: EventConsumers,
  ) {}

  async zoek(vacatureId: string, wie: Principal) {
    const vacature = await this.werkgevers.vacatureSkills(this.db.manager, vacatureId);
    assertReach(wie, SCOPING.werkgever, 'read', vacature && [vacature.organisatie], `Vacature ${vacatureId}`);
    // Read your withdrawal: intake answers a withdrawal once its event is in the stream, so whatever consent change
    // is pending for werkgevers' consumers is applied before the list is read (bounded: the list never hangs on it).
    await this.consumers.caughtUp([ToestemmingGewijzigdV2, ToestemmingGewijzigd], TOESTEMMING_WACHTTIJD_MS);
    const kandidaten = await this.kandidaten.matchbaar(this.db.manager);
    const vandaag = kalenderdag(new Date());
    const byId = new Map(kandidaten.map((k) => [k.trajectId, k]));
    const codes = new Map(
      kandidaten.map((k) => [
        k.trajectId,
        pseudoniem(this.config.pseudoniemSleutel, {
          trajectId: k.trajectId,
          vacatureId,
          toestemmingGewijzigdOp: toestemmingsmoment(k.toestemmingen, vacatureId, vandaag),
        }),
      ]),
    );
    const ranked = rangschikKandidaten(
      vacature!.skills,
      kandidaten.map((k) => ({ trajectId: k.trajectId, skills: k.skills, volgorde: codes.get(k.trajectId) })),
    );
    return ranked.map((k) => {
      const r = byId.get(k.trajectId)!;
      const zichtbaar = magProfielZien({
        toestemmingen: r.toestemmingen,
        vacatureId,
        vandaag,
        vrijgegeven: r.vrijgegeven,
      });
      return {
        kandidaatcode: codes.get(k.trajectId)!,
        score: k.score,
        overlap: k.overlap,
        dekking: k.dekking,
        ...(zichtbaar ? { profiel: { trajectId: k.trajectId, skills: r.skills } } : {}),
      };
    });
  }
}
