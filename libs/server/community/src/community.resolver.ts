import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, MemberOf, Public, UuidPipe, type Viewer } from '@palier/server-core';
import { CommunityService } from './community.service';
import { DocumentKindEnum } from './community.enums';
import { CommunityDto } from './dto/community.dto';
import {
  ClosureDto,
  CommunityDocumentDto,
  NewsDto,
  OpeningStatusDto,
} from './dto/community-parts.dto';
import {
  ClosureInput,
  CommunityProfileInput,
  DocumentInput,
  NewsInput,
} from './dto/community.inputs';

@Resolver(() => CommunityDto)
export class CommunityResolver {
  constructor(private readonly service: CommunityService) {}

  @Public()
  @Query(() => [CommunityDto], { description: 'The communities hosted on this server.' })
  communities(): Promise<CommunityDto[]> {
    return this.service.list();
  }

  @Public()
  @Query(() => CommunityDto, { description: 'One community, by its slug (as in /c/<slug>).' })
  community(@Args('slug') slug: string): Promise<CommunityDto> {
    return this.service.getBySlug(slug);
  }

  @Public()
  @ResolveField(() => OpeningStatusDto, { description: 'Open or closed right now.' })
  openingStatus(@Parent() community: CommunityDto): Promise<OpeningStatusDto> {
    return this.service.openingStatus(community);
  }

  @Public()
  @ResolveField(() => [ClosureDto], { description: 'Exceptional closures from today on.' })
  closures(@Parent() community: CommunityDto): Promise<ClosureDto[]> {
    return this.service.upcomingClosures(community);
  }

  @Public()
  @ResolveField(() => [NewsDto], { description: 'The latest public announcements.' })
  news(@Parent() community: CommunityDto): Promise<NewsDto[]> {
    return this.service.latestNews(community.id);
  }

  @Public()
  @ResolveField(() => CommunityDocumentDto, { description: 'The charter in force.' })
  async charter(@Parent() community: CommunityDto): Promise<CommunityDocumentDto> {
    return (await this.service.currentDocuments(community.id)).charter;
  }

  @Public()
  @ResolveField(() => CommunityDocumentDto, { description: 'The privacy notice in force.' })
  async privacyNotice(@Parent() community: CommunityDto): Promise<CommunityDocumentDto> {
    return (await this.service.currentDocuments(community.id)).privacy_notice;
  }

  @MemberOf('admin')
  @Mutation(() => CommunityDto, {
    description: 'Admin: change the community profile and settings.',
  })
  updateCommunity(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: CommunityProfileInput,
  ): Promise<CommunityDto> {
    return this.service.updateProfile(communityId, input);
  }

  @MemberOf('admin')
  @Mutation(() => ClosureDto, { description: 'Admin: add an exceptional closure.' })
  addClosure(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: ClosureInput,
  ): Promise<ClosureDto> {
    return this.service.addClosure(communityId, input);
  }

  @MemberOf('admin')
  @Mutation(() => Boolean, { description: 'Admin: remove an exceptional closure.' })
  removeClosure(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('closureId', { type: () => ID }, UuidPipe) closureId: string,
  ): Promise<boolean> {
    return this.service.removeClosure(communityId, closureId);
  }

  @MemberOf('admin')
  @Mutation(() => CommunityDocumentDto, {
    description:
      'Admin: publish a new version of the charter or privacy notice (members accept it again).',
  })
  publishDocument(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('kind', { type: () => DocumentKindEnum }) kind: DocumentKindEnum,
    @Args('input') input: DocumentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommunityDocumentDto> {
    return this.service.publishDocument(communityId, kind, input, viewer.accountId);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => NewsDto, { description: 'Staff: publish a public announcement on the sas.' })
  publishNews(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: NewsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NewsDto> {
    return this.service.publishNews(communityId, input, viewer.accountId);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => Boolean, { description: 'Staff: remove an announcement.' })
  removeNews(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('newsId', { type: () => ID }, UuidPipe) newsId: string,
  ): Promise<boolean> {
    return this.service.removeNews(communityId, newsId);
  }
}
