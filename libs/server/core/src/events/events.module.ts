import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';
import { Transactions } from './transactions';

@Global()
@Module({ providers: [DomainEvents, Transactions], exports: [DomainEvents, Transactions] })
export class EventsModule {}
