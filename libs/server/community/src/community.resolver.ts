import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@palier/server-core';
import { CommunityService } from './community.service';
import { CommunityDto } from './dto/community.dto';

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
}
