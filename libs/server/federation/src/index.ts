export { FederationModule } from './federation.module';
export { FederationHttp } from './federation.http';
export { FederationService } from './federation.service';
