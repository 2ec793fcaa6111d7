import type { ScopingPolicy } from '@wiz/platform';

/**
 * Subsidies' scoping policy, the one table its controllers ask (through `assertReach` and `listedOrganisation`).
 * Regelingen are the region's (a scheme names the gemeenten it covers): every finance officer reads them and none
 * owns one, so they need no check. Cost lines and claims belong to the organisation that recorded them: only it
 * (and beheer) lists, reads, exports and submits them; another organisation's financien gets 404. A claim takes
 * only its own organisation's cost lines, so no organisation can claim, and so use up, another's.
 */
export const SCOPING = {
  kostenregel: { read: 'owners', write: 'owners' },
  declaratie: { read: 'owners', write: 'owners' },
} as const satisfies ScopingPolicy<string>;
