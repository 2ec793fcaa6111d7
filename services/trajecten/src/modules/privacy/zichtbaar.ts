import { beperktSql } from '@wiz/platform';

/**
 * For lists of trajecten (alias `t`): leaves out erased trajecten and those of a person whose processing is
 * restricted, so a worklist never shows what the traject's own page would refuse (404, 403 Verwerking beperkt).
 */
export const ZICHTBAAR = `t.gewist_op IS NULL AND NOT ${beperktSql('t.inwoner_id')}`;
