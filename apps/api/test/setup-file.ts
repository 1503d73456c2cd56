// @nestjs/graphql keeps its type metadata on the global object; Jest runs every test file with a
// fresh module registry but the metadata of the previous file would remain: start each file clean.
delete (globalThis as { GqlTypeMetadataStorage?: unknown }).GqlTypeMetadataStorage;
