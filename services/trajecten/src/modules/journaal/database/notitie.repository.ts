import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotitieSoort, NotitieVersie } from '../domain/notitie';

interface NotitieRij {
  id: string;
  notitie_id: string;
  versie: number;
  vorige_id: string | null;
  traject_id: string;
  soort: NotitieSoort;
  tekst: string;
  datum: string;
  gevoelig: boolean;
  auteur: string;
  auteur_organisatie: string;
  auteur_team: string | null;
  houder_organisatie: string;
  reden: string | null;
  geschreven_op: Date;
}

const KOLOMMEN = `id, notitie_id, versie, vorige_id, traject_id, soort, tekst, to_char(datum, 'YYYY-MM-DD') AS datum,
  gevoelig, auteur, auteur_organisatie, auteur_team, houder_organisatie, reden, geschreven_op`;

/** The journal_notities table: rows are only ever added (a trigger refuses changes). */
@Injectable()
export class NotitieRepository {
  async voegToe(m: EntityManager, n: NotitieVersie): Promise<void> {
    await m.query(
      `INSERT INTO journaal_notities
         (id, notitie_id, versie, vorige_id, traject_id, soort, tekst, datum, gevoelig, auteur, auteur_organisatie,
          auteur_team, houder_organisatie, reden, geschreven_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        n.id,
        n.notitieId,
        n.versie,
        n.vorigeId,
        n.trajectId,
        n.soort,
        n.tekst,
        n.datum,
        n.gevoelig,
        n.auteur,
        n.auteurOrganisatie,
        n.auteurTeam,
        n.houderOrganisatie,
        n.reden,
        n.geschrevenOp,
      ],
    );
  }

  /** The newest version of the note in this traject, or undefined. */
  async nieuwste(m: EntityManager, trajectId: string, notitieId: string): Promise<NotitieVersie | undefined> {
    const [r] = await m.query(
      `SELECT ${KOLOMMEN} FROM journaal_notities WHERE traject_id = $1 AND notitie_id = $2 ORDER BY versie DESC LIMIT 1`,
      [trajectId, notitieId],
    );
    return r ? alsVersie(r) : undefined;
  }

  /** Every version of every note of the traject: the latest conversation first (then the latest written), each note's versions newest first. */
  async alle(m: EntityManager, trajectId: string): Promise<NotitieVersie[]> {
    const rows: NotitieRij[] = await m.query(
      `SELECT ${KOLOMMEN} FROM journaal_notities WHERE traject_id = $1
        ORDER BY datum DESC, min(geschreven_op) OVER (PARTITION BY notitie_id) DESC, notitie_id, versie DESC`,
      [trajectId],
    );
    return rows.map(alsVersie);
  }
}

function alsVersie(r: NotitieRij): NotitieVersie {
  return {
    id: r.id,
    notitieId: r.notitie_id,
    versie: r.versie,
    vorigeId: r.vorige_id,
    trajectId: r.traject_id,
    soort: r.soort,
    tekst: r.tekst,
    datum: r.datum,
    gevoelig: r.gevoelig,
    auteur: r.auteur,
    auteurOrganisatie: r.auteur_organisatie,
    auteurTeam: r.auteur_team,
    houderOrganisatie: r.houder_organisatie,
    reden: r.reden,
    geschrevenOp: r.geschreven_op,
  };
}
