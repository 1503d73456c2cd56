import { Global, Module } from '@nestjs/common';
import { AccessLog } from './access-log';
import { PrivacyRegistry } from './privacy-registry';

@Global()
@Module({ providers: [PrivacyRegistry, AccessLog], exports: [PrivacyRegistry, AccessLog] })
export class PrivacyRegistryModule {}
