import { z } from 'zod';
import type { Principal } from '@wiz/platform';

/**
 * How an inwoner's request is answered, the same for a correction (the front office) and a request to erase,
 * restrict or object (the privacy officer): when, what the person is told, and by whom, by the name their login
 * gave and their organisation, never their user id. Each request table has these columns.
 */
export const AfhandelingVelden = {
  afgehandeldOp: z.iso.datetime({ offset: true }).optional(),
  uitkomstToelichting: z.string().optional(),
  afgehandeldDoor: z
    .object({ naam: z.string().optional(), organisatie: z.string() })
    .optional()
    .describe('by the name their login gave, never their user id'),
};

export interface Afhandeling {
  afgehandeldOp?: string;
  uitkomstToelichting?: string;
  afgehandeldDoor?: { naam?: string; organisatie: string };
}

export interface AfhandelingRij {
  afgehandeld_op: Date | null;
  uitkomst_toelichting: string | null;
  afgehandeld_door_naam: string | null;
  afgehandeld_door_organisatie: string | null;
}

/** The columns of an answer, of the request table aliased `alias`. */
export const afhandelingKolommen = (alias: string) =>
  ['afgehandeld_op', 'uitkomst_toelichting', 'afgehandeld_door_naam', 'afgehandeld_door_organisatie']
    .map((kolom) => `${alias}.${kolom}`)
    .join(', ');

export const afhandelingUit = (r: AfhandelingRij): Afhandeling => ({
  ...(r.afgehandeld_op ? { afgehandeldOp: r.afgehandeld_op.toISOString() } : {}),
  ...(r.uitkomst_toelichting ? { uitkomstToelichting: r.uitkomst_toelichting } : {}),
  ...(r.afgehandeld_door_organisatie
    ? {
        afgehandeldDoor: {
          organisatie: r.afgehandeld_door_organisatie,
          ...(r.afgehandeld_door_naam ? { naam: r.afgehandeld_door_naam } : {}),
        },
      }
    : {}),
});

/** The SET of an answer, its parameters from $2 on (the request's id is $1). */
export const AFHANDELEN_SET = `status = $2, uitkomst_toelichting = $3, afgehandeld_op = now(), afgehandeld_door = $4,
  afgehandeld_door_naam = $5, afgehandeld_door_organisatie = $6`;

export const afhandelenParams = (uitkomst: string, toelichting: string | null, wie: Principal) => [
  uitkomst,
  toelichting,
  wie.subject,
  wie.naam ?? null,
  wie.organisatie,
];
