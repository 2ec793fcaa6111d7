import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import { zichtbaarVoor } from '../database/zichtbaarheid';
import type { BsnVault } from '../identity/bsn-vault';

export interface InwonerView {
  id: string;
  bsn: string | null;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
  gemeentecode: string;
  email: string | null;
  telefoon: string | null;
  geslacht: string | null;
  toestemmingen: { doel: string; gegeven: boolean; gewijzigdOp: string }[];
  aanmeldingen: { id: string; kanaal: string; aangemeldOp: string; stap: string; organisatie: string }[];
}

/** Reads one inwoner the caller may see, with current consents and aanmeldingen; undefined otherwise. */
export async function leesInwoner(manager: EntityManager, vault: BsnVault, id: string, wie: Principal): Promise<InwonerView | undefined> {
  const scope = zichtbaarVoor(wie, 2);
  const [row] = await manager.query(
    `SELECT i.id, i.voornaam, i.achternaam, to_char(i.geboortedatum, 'YYYY-MM-DD') AS geboortedatum, i.postcode, i.huisnummer,
            i.gemeentecode, i.email, i.telefoon, i.geslacht, i.bsn_versleuteld, i.bsn_sleutel_id
       FROM inwoners i WHERE i.id = $1 AND ${scope.sql}`,
    [id, ...scope.params],
  );
  if (!row) return undefined;
  const toestemmingen = await manager.query(
    `SELECT doel, gegeven, gewijzigd_op FROM toestemmingen WHERE inwoner_id = $1 ORDER BY doel`, [id],
  );
  const aanmeldingen = await manager.query(
    `SELECT id, kanaal, created_at, route->>'stap' AS stap, organisatie FROM aanmeldingen WHERE inwoner_id = $1 ORDER BY created_at`, [id],
  );
  return {
    id: row.id,
    bsn: row.bsn_versleuteld ? vault.decrypt({ sleutelId: row.bsn_sleutel_id, versleuteld: row.bsn_versleuteld }, row.id) : null,
    voornaam: row.voornaam,
    achternaam: row.achternaam,
    geboortedatum: row.geboortedatum,
    postcode: row.postcode,
    huisnummer: row.huisnummer,
    gemeentecode: row.gemeentecode,
    email: row.email,
    telefoon: row.telefoon,
    geslacht: row.geslacht,
    toestemmingen: toestemmingen.map((t: { doel: string; gegeven: boolean; gewijzigd_op: Date }) => ({ doel: t.doel, gegeven: t.gegeven, gewijzigdOp: t.gewijzigd_op.toISOString() })),
    aanmeldingen: aanmeldingen.map((a: { id: string; kanaal: string; created_at: Date; stap: string; organisatie: string }) => ({
      id: a.id, kanaal: a.kanaal, aangemeldOp: a.created_at.toISOString(), stap: a.stap, organisatie: a.organisatie,
    })),
  };
}
