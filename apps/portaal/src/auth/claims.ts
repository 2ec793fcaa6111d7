import { ROLES, type Role } from '@wiz/contracts/browser';

export const ROLLEN = ROLES;
export type Rol = Role;

export const ROL_NAMEN: Record<Rol, string> = {
  frontoffice: 'Frontoffice',
  consulent: 'Consulent',
  teamleider: 'Teamleider',
  werkgeversteam: 'Werkgeversteam',
  financien: 'Financiën',
  monitor: 'Monitor',
  beheer: 'Beheer',
  privacy: 'Privacy',
  inwoner: 'Inwoner',
};

export interface Sessie {
  token: string;
  rollen: Rol[];
  organisatie: string;
  /** The team the services scope "Team" and the person's data by (token claim `team`); absent: in no team. */
  team?: string;
  naam: string;
  /** Who the services know the user as (token claim `sub`): the author of their notes, the holder of trajecten. */
  subject: string;
  /** Seconds since the epoch, from the token's exp. */
  verlooptOp: number;
  /** An inwoner's session (Mijn Werk in Zicht, token of intake's DigiD exchange): who they are. */
  inwonerId?: string;
}

/** Reads a claim by a dotted path (Keycloak puts roles under realm_access.roles). */
function claim(payload: Record<string, unknown>, pad: string): unknown {
  return pad
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      payload,
    );
}

/**
 * The session as the browser sees it, read from the token's claims. The services verify the token; the browser
 * only uses these claims to show the right menu, so nothing here is a security decision.
 */
export function sessieUitToken(token: string, claims: { roles: string; organisatie: string }): Sessie {
  const deel = token.split('.')[1] ?? '';
  const json = atob(
    deel
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(deel.length / 4) * 4, '='),
  );
  const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<
    string,
    unknown
  >;
  // An inwoner's token carries their inwonerId and no roles: the services give the role inwoner from its issuer.
  const inwonerId = typeof payload.inwonerId === 'string' ? payload.inwonerId : undefined;
  const rollenClaim = claim(payload, claims.roles);
  const rollen = inwonerId
    ? (['inwoner'] as Rol[])
    : (Array.isArray(rollenClaim) ? rollenClaim : [rollenClaim]).filter(
        (r): r is Rol => ROLLEN.includes(r as Rol) && r !== 'inwoner',
      );
  return {
    token,
    rollen,
    ...(inwonerId ? { inwonerId } : {}),
    organisatie: String((inwonerId ? payload.organisatie : claim(payload, claims.organisatie)) ?? ''),
    ...(typeof payload.team === 'string' && payload.team ? { team: payload.team } : {}),
    naam: String(payload.name ?? payload.preferred_username ?? payload.sub ?? ''),
    subject: String(payload.sub ?? ''),
    verlooptOp: Number(payload.exp ?? 0),
  };
}

export function heeftRol(sessie: Sessie | null, rollen: readonly Rol[]): boolean {
  return !!sessie && sessie.rollen.some((r) => r === 'beheer' || rollen.includes(r));
}
