import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pathboard:isPublic';

/** Marks a resolver/controller (method or class) as reachable without a token. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
