import { Module } from '@nestjs/common';
import { ReportingController } from './reporting.controller';
import { ReportingRegistry } from './reporting.registry';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

@Module({
  controllers: [ReportingController],
  providers: [ReportingService, ReportingResolver, ReportingRegistry],
  exports: [ReportingRegistry],
})
export class ReportingModule {}
