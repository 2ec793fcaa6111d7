import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';
import type { CombinedWrite } from '@wiz/platform';
import type { LaatsteWerkuren } from '../domain/werkuren';
import type {
  Activiteit,
  ActiviteitAfronding,
  Afsluiting,
  LadderMeting,
  NieuweActiviteit,
  NieuwTraject,
  StapOvergang,
  StartInSchrijving,
  TrajectRepositoryPort,
  TrajectRij,
  Werkuren,
} from './traject.repository.port';

/** The one writer of trajecten and its history tables (stap_overgangen, ladder_metingen, werkuren, activiteiten). */
@Injectable()
export class TrajectRepository implements TrajectRepositoryPort {
  startMee(write: CombinedWrite, t: NieuwTraject): StartInSchrijving {
    const p = (waarde: unknown) => write.param(waarde);
    const naam = write.with(
      'traject_gestart',
      `INSERT INTO trajecten (id, inwoner_id, aanmelding_id, organisatie, gemeentecode, status, huidige_stap, stappen, versie, gestart_op, participatieladder, team, consulent)
       VALUES (${p(t.id)}::uuid, ${p(t.inwonerId)}::uuid, ${p(t.aanmeldingId)}::uuid, ${p(t.organisatie)}, ${p(t.gemeentecode)}, ${p(t.status)},
               ${p(t.huidigeStap)}, ${p(JSON.stringify(t.stappen))}::jsonb, ${p(t.versie)}::int, ${p(t.gestartOp)}::timestamptz,
               ${p(t.participatieladder)}::int, ${p(t.team)}, ${p(t.consulent)})
       ON CONFLICT (aanmelding_id) DO NOTHING RETURNING id`,
    );
    write.output(naam, `EXISTS (SELECT 1 FROM ${naam})`);
    return { naam, gestart: (rij) => rij[naam] === true };
  }

  async laad(m: EntityManager, id: string, voorWijziging = false): Promise<TrajectRij | undefined> {
    const [r] = await m.query(
      `SELECT id, inwoner_id, organisatie, gemeentecode, status, huidige_stap, stappen, versie, participatieladder, team, consulent
         FROM trajecten WHERE id = $1 ${voorWijziging ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!r) return undefined;
    return {
      id: r.id,
      inwonerId: r.inwoner_id,
      organisatie: r.organisatie,
      gemeentecode: r.gemeentecode,
      status: r.status,
      huidigeStap: r.huidige_stap as Stap,
      stappen: r.stappen,
      versie: r.versie,
      participatieladder: r.participatieladder,
      team: r.team,
      consulent: r.consulent,
    };
  }

  async bewaar(m: EntityManager, t: TrajectRij, afsluiting?: Afsluiting): Promise<void> {
    await m.query(
      `UPDATE trajecten SET status = $2, huidige_stap = $3, stappen = $4, versie = $5, participatieladder = $6,
              afsluitreden = coalesce($7, afsluitreden), afgesloten_op = coalesce($8::date, afgesloten_op), laatste_wijziging_op = now(),
              organisatie = $9, team = $10, consulent = $11
        WHERE id = $1`,
      [
        t.id,
        t.status,
        t.huidigeStap,
        JSON.stringify(t.stappen),
        t.versie,
        t.participatieladder,
        afsluiting?.afsluitreden ?? null,
        afsluiting?.afgeslotenOp ?? null,
        t.organisatie,
        t.team,
        t.consulent,
      ],
    );
  }

  async voegOvergangToe(m: EntityManager, o: StapOvergang): Promise<void> {
    await m.query(
      'INSERT INTO stap_overgangen (traject_id, van, naar, door, toelichting, op) VALUES ($1, $2, $3, $4, $5, $6)',
      [o.trajectId, o.van, o.naar, o.door, o.toelichting, o.op],
    );
  }

  async voegLadderMetingToe(m: EntityManager, l: LadderMeting): Promise<void> {
    await m.query('INSERT INTO ladder_metingen (traject_id, trede, op, door) VALUES ($1, $2, $3, $4)', [
      l.trajectId,
      l.trede,
      l.op,
      l.door,
    ]);
  }

  async voegWerkurenToe(m: EntityManager, w: Werkuren): Promise<void> {
    await m.query(
      `INSERT INTO werkuren (id, traject_id, ingangsdatum, uren_per_week, vorige_uren_per_week, door, op)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [w.id, w.trajectId, w.ingangsdatum, w.urenPerWeek, w.vorigeUrenPerWeek, w.door, w.op],
    );
  }

  async laatsteWerkuren(m: EntityManager, trajectId: string): Promise<LaatsteWerkuren | undefined> {
    const [r]: { ingangsdatum: string; uren: string }[] = await m.query(
      `SELECT to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, uren_per_week::text AS uren FROM werkuren
        WHERE traject_id = $1 ORDER BY ingangsdatum DESC, op DESC LIMIT 1`,
      [trajectId],
    );
    return r ? { ingangsdatum: r.ingangsdatum, urenPerWeek: Number(r.uren) } : undefined;
  }

  async voegActiviteitToe(m: EntityManager, a: NieuweActiviteit): Promise<void> {
    await m.query(
      'INSERT INTO activiteiten (id, traject_id, soort, startdatum, gestart_door) VALUES ($1, $2, $3, $4, $5)',
      [a.id, a.trajectId, a.soort, a.startdatum, a.door],
    );
  }

  async activiteitVoorAfronding(
    m: EntityManager,
    trajectId: string,
    activiteitId: string,
  ): Promise<Activiteit | undefined> {
    const [a] = await m.query(
      `SELECT soort, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, resultaat FROM activiteiten WHERE id = $1 AND traject_id = $2 FOR UPDATE`,
      [activiteitId, trajectId],
    );
    return a;
  }

  async rondActiviteitAf(m: EntityManager, a: ActiviteitAfronding): Promise<void> {
    await m.query('UPDATE activiteiten SET resultaat = $2, datum = $3, afgerond_door = $4 WHERE id = $1', [
      a.id,
      a.resultaat,
      a.datum,
      a.door,
    ]);
  }
}
