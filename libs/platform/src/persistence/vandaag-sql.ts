import { REGIO_TIJDZONE } from '@wiz/contracts';

/**
 * Today in the region's calendar, as SQL. PostgreSQL's `current_date` follows the session's time zone (UTC on these
 * servers), which names yesterday between midnight and 01:00 (02:00 in summer) in the Netherlands; this is the
 * same day `kalenderdag` (libs/contracts) gives in TypeScript.
 */
export const VANDAAG_SQL = `(now() AT TIME ZONE '${REGIO_TIJDZONE}')::date`;
