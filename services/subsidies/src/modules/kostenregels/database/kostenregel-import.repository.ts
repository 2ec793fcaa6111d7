import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { Sql } from '../kostenregels.port';
import type {
  ImportResultaat,
  ImportStand,
  KostenregelImportRepositoryPort,
  WachtendeImport,
} from './kostenregel-import.repository.port';

/** The upload is read back in parts: a 50 MB bytea in one piece arrives as a 100 MB hex string. */
const LEES_BYTES = 8 * 1024 * 1024;

@Injectable()
export class KostenregelImportRepository implements KostenregelImportRepositoryPort {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async neemAan(bestand: Buffer, contentType: string, wie: Principal): Promise<string> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO kostenregel_importen (id, status, content_type, bestand, organisatie, aangemaakt_door) VALUES ($1, 'in-bewerking', $2, $3, $4, $5)`,
      [id, contentType, bestand, wie.organisatie ?? null, wie.subject],
    );
    return id;
  }

  async wachtend(): Promise<string[]> {
    const rijen: { id: string }[] = await this.db.query(
      `SELECT id FROM kostenregel_importen WHERE status = 'in-bewerking'`,
    );
    return rijen.map((r) => r.id);
  }

  async wachtende(id: string): Promise<WachtendeImport | undefined> {
    const [rij] = await this.db.query(
      `SELECT content_type, organisatie, aangemaakt_door, octet_length(bestand) AS grootte FROM kostenregel_importen WHERE id = $1 AND status = 'in-bewerking'`,
      [id],
    );
    return (
      rij && {
        contentType: rij.content_type,
        organisatie: rij.organisatie,
        aangemaaktDoor: rij.aangemaakt_door,
        grootte: rij.grootte,
      }
    );
  }

  async bestand(id: string, grootte: number): Promise<Buffer> {
    const delen: Buffer[] = [];
    for (let van = 0; van < grootte; van += LEES_BYTES) {
      const [{ deel }] = await this.db.query(
        'SELECT substring(bestand FROM $2 FOR $3) AS deel FROM kostenregel_importen WHERE id = $1',
        [id, van + 1, LEES_BYTES],
      );
      delen.push(deel);
    }
    return Buffer.concat(delen);
  }

  async claim(sql: Sql, id: string): Promise<boolean> {
    // One job per import at a time; an advisory lock, as the progress is written to the row meanwhile.
    const [{ vrij }] = await sql.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('kostenregel-import:' || $1)) AS vrij`,
      [id],
    );
    const [nog] = await sql.query(`SELECT 1 FROM kostenregel_importen WHERE id = $1 AND status = 'in-bewerking'`, [id]);
    return Boolean(vrij && nog);
  }

  async rondAf(id: string, resultaat: ImportResultaat, sql: Sql = this.db): Promise<void> {
    const verwerkt = 'aantal' in resultaat;
    await sql.query(
      `UPDATE kostenregel_importen SET status = $2, voortgang = 100, aantal = $3, uitkomst = $4, bestand = NULL, afgerond_op = now() WHERE id = $1 AND status = 'in-bewerking'`,
      [
        id,
        verwerkt ? 'verwerkt' : 'geweigerd',
        verwerkt ? resultaat.aantal : null,
        verwerkt ? null : JSON.stringify(resultaat.geweigerd),
      ],
    );
  }

  async meldVoortgang(id: string, gelezen: number): Promise<void> {
    await this.db.query('UPDATE kostenregel_importen SET voortgang = $2 WHERE id = $1', [
      id,
      Math.min(99, Math.floor(gelezen * 100)),
    ]);
  }

  async stand(id: string): Promise<ImportStand | undefined> {
    const [r]: ImportStand[] = await this.db.query(
      'SELECT id, status, voortgang, aantal, uitkomst, organisatie FROM kostenregel_importen WHERE id = $1',
      [id],
    );
    return r;
  }
}
