import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppError } from '@palier/server-core';
import { Repository } from 'typeorm';
import { CommunityEntity } from './community.entity';
import { CommunityDto, fromCommunityEntity } from './dto/community.dto';

export type NewCommunity = Pick<
  CommunityEntity,
  | 'slug'
  | 'name'
  | 'presentation'
  | 'streetAddress'
  | 'postalCode'
  | 'city'
  | 'phone'
  | 'email'
  | 'timeZone'
  | 'openingHours'
  | 'charter'
>;

@Injectable()
export class CommunityService {
  constructor(
    @InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>,
  ) {}

  /** The directory of communities on this server, by name. */
  async list(): Promise<CommunityDto[]> {
    const rows = await this.communities.find({ order: { name: 'ASC' } });
    return rows.map(fromCommunityEntity);
  }

  async getBySlug(slug: string): Promise<CommunityDto> {
    const row = await this.communities.findOneBy({ slug });
    if (!row) throw AppError.notFound('Nous ne connaissons pas cette communauté.');
    return fromCommunityEntity(row);
  }

  /** Creates the community unless one with this slug exists; returns whether it was created. */
  async createIfMissing(input: NewCommunity): Promise<boolean> {
    const result = await this.communities
      .createQueryBuilder()
      .insert()
      .values(input)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
