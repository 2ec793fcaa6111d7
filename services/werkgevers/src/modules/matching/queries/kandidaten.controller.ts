import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { magProfielZien, pseudoniem, rangschikKandidaten } from '../domain';
import { PSEUDONIEM_SLEUTEL } from '../../../config/werkgevers-config';
import { SCOPING } from '../../scoping';

/**
 * Candidates for a vacancy: open trajecten in step Matchen, ranked by overlap with the vacancy's skills. Employer
 * teams see a pseudonymous code and the overlap; the profile (traject and skills) only when the person consented
 * and the consultant released it. Consent is read at request time, so a withdrawal hides the profile at once, and
 * the code changes with the consent (see `pseudoniem`), so the team cannot tell which code the withdrawn profile has.
 * Only a visible profile carries the traject id; equals are ordered by their code, not by the traject id.
 */
@ApiTags('matching')
@Controller('vacatures')
export class KandidatenController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PSEUDONIEM_SLEUTEL) private readonly sleutel: Buffer,
  ) {}

  @Get(':id/kandidaten')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Ranked candidates for a vacancy (pseudonymous unless consented and released)' })
  @ApiOkResponse({ description: '{ items: [{ kandidaatcode, score, overlap, dekking, profiel? }] }' })
  async kandidaten(@Param('id', new ParseUUIDPipe()) vacatureId: string, @CurrentPrincipal() wie: Principal) {
    const [vacature] = await this.db.query(
      'SELECT v.skills, w.organisatie FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id WHERE v.id = $1',
      [vacatureId],
    );
    assertReach(wie, SCOPING.werkgever, 'read', vacature && [vacature.organisatie], `Vacature ${vacatureId}`);
    const rows: {
      traject_id: string;
      skills: string[];
      vrijgegeven: boolean;
      toestemming: boolean | null;
      toestemming_gewijzigd_op: Date | null;
    }[] = await this.db.query(
      `SELECT k.traject_id, k.skills, k.vrijgegeven, t.gegeven AS toestemming, t.gewijzigd_op AS toestemming_gewijzigd_op
         FROM kandidaten k LEFT JOIN toestemmingen t ON t.inwoner_id = k.inwoner_id
        WHERE k.stap = 'matchen' AND k.status = 'actief'`,
    );
    const byId = new Map(rows.map((r) => [r.traject_id, r]));
    const codes = new Map(
      rows.map((r) => [
        r.traject_id,
        pseudoniem(this.sleutel, {
          trajectId: r.traject_id,
          vacatureId,
          toestemmingGewijzigdOp: r.toestemming_gewijzigd_op?.toISOString(),
        }),
      ]),
    );
    const ranked = rangschikKandidaten(
      vacature.skills,
      rows.map((r) => ({ trajectId: r.traject_id, skills: r.skills, volgorde: codes.get(r.traject_id) })),
    );
    return {
      items: ranked.map((k) => {
        const r = byId.get(k.trajectId)!;
        const zichtbaar = magProfielZien({ toestemming: r.toestemming === true, vrijgegeven: r.vrijgegeven });
        return {
          kandidaatcode: codes.get(k.trajectId)!,
          score: k.score,
          overlap: k.overlap,
          dekking: k.dekking,
          ...(zichtbaar ? { profiel: { trajectId: k.trajectId, skills: r.skills } } : {}),
        };
      }),
    };
  }
}
