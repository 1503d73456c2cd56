import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'palier:access';

/**
 * Who may call a resolver field or an HTTP route. Every one must declare it: the access guard
 * refuses undeclared handlers, and a test lists any that slipped through.
 */
export type AccessRule = { kind: 'public' };

/** Anyone, even a visitor who is not logged in. Use it knowingly: the data becomes public. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
