import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailboxController } from './dev-mailbox.controller';
import { EmailDelivery } from './email-delivery';
import { EmailOutboxEntity } from './email-outbox.entity';
import { Outbox } from './outbox';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EmailOutboxEntity])],
  controllers: [DevMailboxController],
  providers: [Outbox, EmailDelivery],
  exports: [Outbox, EmailDelivery],
})
export class EmailModule {}
