import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityClosureEntity } from './community-closure.entity';
import { CommunityDocumentEntity } from './community-document.entity';
import { CommunityNewsEntity } from './community-news.entity';
import { CommunityEntity } from './community.entity';
import { CommunityPrivacy } from './community.privacy';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CommunityEntity,
      CommunityDocumentEntity,
      CommunityClosureEntity,
      CommunityNewsEntity,
    ]),
  ],
  providers: [CommunityService, CommunityResolver, CommunityPrivacy],
  exports: [CommunityService],
})
export class CommunityModule {}
