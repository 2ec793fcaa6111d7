import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { beperktSql } from '@wiz/platform';
import type { Doelwit } from '../domain/doelwit';

/** The person behind what a request names, whether their processing is restricted, and who holds it. */
export interface Stand {
  beperkt: boolean;
  gewist: boolean;
  /** The organisations that may see it (a handover: both sides). */
  eigenaren: string[];
}

const VAN_TRAJECT = `
  SELECT t.gewist_op IS NOT NULL AS gewist, ARRAY[t.organisatie] AS eigenaren,
         ${beperktSql('t.inwoner_id')} AS beperkt
    FROM trajecten t`;
const SQL: Record<Doelwit['soort'], string> = {
  trajecten: `${VAN_TRAJECT} WHERE t.id = $1`,
  opvolgingen: `${VAN_TRAJECT} JOIN opvolgingen o ON o.traject_id = t.id WHERE o.id = $1`,
  overdrachten: `${VAN_TRAJECT.replace('ARRAY[t.organisatie]', 'ARRAY[o.van_organisatie, o.naar_organisatie]')}
    JOIN overdrachten o ON o.traject_id = t.id WHERE o.id = $1`,
  inwoner: `SELECT false AS gewist, array_agg(t.organisatie) AS eigenaren,
         ${beperktSql('$1')} AS beperkt
    FROM trajecten t WHERE t.inwoner_id = $1`,
};

/** Reads the restriction and erasure state of what a request names (undefined: nothing known by that id). */
@Injectable()
export class BeperkingToets {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async stand(d: Doelwit): Promise<Stand | undefined> {
    const [r] = await this.db.query(SQL[d.soort], [d.id]);
    if (!r) return undefined;
    return { beperkt: r.beperkt, gewist: r.gewist, eigenaren: (r.eigenaren ?? []).filter(Boolean) };
  }
}
