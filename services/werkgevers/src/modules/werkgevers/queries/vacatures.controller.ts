import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../scoping';

/** One vacancy with its employer's name: what a candidates screen and a placement need to know about it. */
@ApiTags('werkgevers')
@Controller('vacatures')
export class VacaturesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'One vacancy with its employer' })
  @ApiOkResponse({
    description:
      '{ id, werkgeverId, werkgeverNaam, titel, urenPerWeek, aantal, skills (codes and normalised free skills, as matched), skillsIngevoerd (as sent), openHiring, cvLoos, geschiktVoorAfspraakbaan }',
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const [v] = await this.db.query(
      `SELECT v.id, v.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", v.titel, v.uren_per_week::float AS "urenPerWeek", v.aantal, v.skills, v.skills_ingevoerd AS "skillsIngevoerd",
              v.open_hiring AS "openHiring", v.cv_loos AS "cvLoos", v.geschikt_voor_afspraakbaan AS "geschiktVoorAfspraakbaan", w.organisatie
         FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id WHERE v.id = $1`,
      [id],
    );
    // A vacancy is part of its employer's record: the employer's reach rules it.
    assertReach(wie, SCOPING.werkgever, 'read', v && [v.organisatie], `Vacature ${id}`);
    const { organisatie: _eigenaar, ...vacature } = v;
    return vacature;
  }
}
