import { Global, Module } from '@nestjs/common';
import { ClusterMessages } from './cluster-messages';

@Global()
@Module({ providers: [ClusterMessages], exports: [ClusterMessages] })
export class ClusterModule {}
