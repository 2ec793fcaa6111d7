import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'wiz:public';

/** Opens a route without a token (health, metrics, the OpenAPI document). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
