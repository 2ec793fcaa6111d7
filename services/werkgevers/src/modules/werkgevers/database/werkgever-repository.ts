import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface NieuweWerkgeverRij {
  id: string;
  kvkNummer: string;
  naam: string;
  gemeentecode: string;
  sbiCode: string | null;
  strategischPartner: boolean;
  organisatie: string;
}

export interface NieuweContactpersoonRij {
  id: string;
  werkgeverId: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface NieuweVacatureRij {
  id: string;
  werkgeverId: string;
  titel: string;
  urenPerWeek: number;
  aantal: number;
  /** As matched: codes and normalised free skills. */
  skills: string[];
  /** As the client sent them. */
  skillsIngevoerd: string[];
  openHiring: boolean;
  cvLoos: boolean;
  geschiktVoorAfspraakbaan: boolean;
}

/** The werkgever aggregate: the employer with its contact persons and vacancies (tables werkgevers, contactpersonen, vacatures). */
@Injectable()
export class WerkgeverRepository {
  /** Stores a new employer; false when its KvK number is known already (the unique index decides). */
  async voegToe(m: EntityManager, w: NieuweWerkgeverRij): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO werkgevers (id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (kvk_nummer) DO NOTHING RETURNING id`,
      [w.id, w.kvkNummer, w.naam, w.gemeentecode, w.sbiCode, w.strategischPartner, w.organisatie],
    );
    return inserted.length > 0;
  }

  async idVanKvkNummer(m: EntityManager, kvkNummer: string): Promise<string | undefined> {
    const [bestaand] = await m.query('SELECT id FROM werkgevers WHERE kvk_nummer = $1', [kvkNummer]);
    return bestaand?.id;
  }

  /** The owning organisation, the row locked against removal while a contact or vacancy is added; undefined: unknown. */
  async eigenaarVoorToevoeging(m: EntityManager, werkgeverId: string): Promise<string | null | undefined> {
    const [werkgever] = await m.query('SELECT organisatie FROM werkgevers WHERE id = $1 FOR SHARE', [werkgeverId]);
    return werkgever?.organisatie;
  }

  async voegContactpersoonToe(m: EntityManager, c: NieuweContactpersoonRij): Promise<void> {
    await m.query(
      'INSERT INTO contactpersonen (id, werkgever_id, naam, functie, email, telefoon) VALUES ($1, $2, $3, $4, $5, $6)',
      [c.id, c.werkgeverId, c.naam, c.functie, c.email, c.telefoon],
    );
  }

  async voegVacatureToe(m: EntityManager, v: NieuweVacatureRij): Promise<void> {
    await m.query(
      `INSERT INTO vacatures (id, werkgever_id, titel, uren_per_week, aantal, skills, skills_ingevoerd, open_hiring, cv_loos, geschikt_voor_afspraakbaan)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        v.id,
        v.werkgeverId,
        v.titel,
        v.urenPerWeek,
        v.aantal,
        v.skills,
        v.skillsIngevoerd,
        v.openHiring,
        v.cvLoos,
        v.geschiktVoorAfspraakbaan,
      ],
    );
  }
}
