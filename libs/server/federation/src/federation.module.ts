import { Module } from '@nestjs/common';
import { SharingModule } from '@palier/server-sharing';
import { FederationHttp } from './federation.http';
import { FederationListeners } from './federation.listeners';
import { FederationPrivacy } from './federation.privacy';
import { FederationResolver } from './federation.resolver';
import { FederationService } from './federation.service';

@Module({
  imports: [SharingModule],
  providers: [
    FederationService,
    FederationHttp,
    FederationListeners,
    FederationPrivacy,
    FederationResolver,
  ],
  exports: [FederationService, FederationHttp],
})
export class FederationModule {}
