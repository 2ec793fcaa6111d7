import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@wiz/platform';
import { magProfielZien, pseudoniem, rangschikKandidaten, Skill } from '../domain';

/**
 * Candidates for a vacancy: open trajecten in step Matchen, ranked by overlap with the vacancy's skills. Employer
 * teams see a pseudonymous code and the overlap; the profile (traject and skills) only when the person consented
 * and the consultant released it. Consent is read at request time, so a withdrawal hides the profile at once.
 */
@ApiTags('matching')
@Controller('vacatures')
export class KandidatenController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id/kandidaten')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Ranked candidates for a vacancy (pseudonymous unless consented and released)' })
  @ApiOkResponse({ description: '{ items: [{ kandidaatcode, score, overlap, dekking, profiel? }] }' })
  async kandidaten(@Param('id', new ParseUUIDPipe()) vacatureId: string) {
    const [vacature] = await this.db.query('SELECT skills FROM vacatures WHERE id = $1', [vacatureId]);
    if (!vacature) throw new NotFoundException(`Vacature ${vacatureId} not found.`);
    const rows: { traject_id: string; skills: Skill[]; vrijgegeven: boolean; toestemming: boolean | null }[] = await this.db.query(
      `SELECT k.traject_id, k.skills, k.vrijgegeven, t.gegeven AS toestemming
         FROM kandidaten k LEFT JOIN toestemmingen t ON t.inwoner_id = k.inwoner_id
        WHERE k.stap = 'matchen' AND k.status = 'actief'`,
    );
    const byId = new Map(rows.map((r) => [r.traject_id, r]));
    const ranked = rangschikKandidaten(vacature.skills, rows.map((r) => ({ trajectId: r.traject_id, skills: r.skills })));
    return {
      items: ranked.map((k) => {
        const r = byId.get(k.trajectId)!;
        const zichtbaar = magProfielZien({ toestemming: r.toestemming === true, vrijgegeven: r.vrijgegeven });
        return {
          kandidaatcode: pseudoniem(k.trajectId, vacatureId),
          score: k.score,
          overlap: k.overlap,
          dekking: k.dekking,
          ...(zichtbaar ? { profiel: { trajectId: k.trajectId, skills: r.skills } } : {}),
        };
      }),
    };
  }
}
