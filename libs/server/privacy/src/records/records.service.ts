import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, PrivacyRegistry, type Viewer } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import type { FieldProblem } from '@palier/shared';
import { DataSource } from 'typeorm';
import type {
  PrivacyProfileDto,
  PrivacyProfileInput,
  ProcessingRegisterDto,
} from '../dto/records.dto';
import { RetentionService } from '../retention/retention.service';

const TEAM = 'l’équipe du centre, selon son rôle';

const LIMITS = { controllerName: 200, controllerAddress: 300, dpoContact: 300 } as const;

/**
 * The records the law asks for, generated from what the modules declare they collect: the
 * processing register and the facts of the privacy notice, with the controller's details the
 * admins fill in, the sub-processors (none by default) and the retention periods set.
 */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PrivacyRegistry,
    private readonly communities: CommunityService,
    private readonly retention: RetentionService,
  ) {}

  async profile(communityId: string): Promise<PrivacyProfileDto> {
    const community = await this.communities.getById(communityId);
    const [row] = await this.db.query(
      `SELECT controller_name, controller_address, dpo_contact, sub_processors FROM privacy_profile WHERE community_id = $1`,
      [communityId],
    );
    return {
      controllerName: row?.controller_name || community.name,
      controllerAddress:
        row?.controller_address ||
        `${community.streetAddress}, ${community.postalCode} ${community.city}`,
      dpoContact: row?.dpo_contact || community.email || community.phone || '',
      subProcessors: row?.sub_processors ?? [],
    };
  }

  async updateProfile(
    viewer: Viewer,
    communityId: string,
    input: PrivacyProfileInput,
  ): Promise<PrivacyProfileDto> {
    const problems: FieldProblem[] = [];
    const text = (field: keyof typeof LIMITS) => {
      const value = String(input[field] ?? '').trim();
      if (!value) problems.push(fieldProblem(field, 'required'));
      else if (value.length > LIMITS[field]) problems.push(fieldProblem(field, 'too_long'));
      return value;
    };
    const controllerName = text('controllerName');
    const controllerAddress = text('controllerAddress');
    const dpoContact = text('dpoContact');
    const list = Array.isArray(input.subProcessors) ? input.subProcessors : [];
    if (list.length > 20) problems.push(fieldProblem('subProcessors', 'too_long'));
    const subProcessors = list.slice(0, 20).map((s, i) => {
      const entry = {
        name: String(s.name ?? '').trim(),
        purpose: String(s.purpose ?? '').trim(),
        location: String(s.location ?? '').trim(),
      };
      for (const key of ['name', 'purpose', 'location'] as const) {
        if (!entry[key]) problems.push(fieldProblem(`subProcessors.${i}.${key}`, 'required'));
        else if (entry[key].length > 200)
          problems.push(fieldProblem(`subProcessors.${i}.${key}`, 'too_long'));
      }
      return entry;
    });
    if (problems.length) throw AppError.badInput(problems);
    await this.db.query(
      `INSERT INTO privacy_profile (community_id, controller_name, controller_address, dpo_contact, sub_processors, updated_by_account_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (community_id) DO UPDATE SET controller_name = EXCLUDED.controller_name,
         controller_address = EXCLUDED.controller_address, dpo_contact = EXCLUDED.dpo_contact,
         sub_processors = EXCLUDED.sub_processors, updated_by_account_id = EXCLUDED.updated_by_account_id,
         updated_at = now()`,
      [
        communityId,
        controllerName,
        controllerAddress,
        dpoContact,
        JSON.stringify(subProcessors),
        viewer.accountId,
      ],
    );
    return this.profile(communityId);
  }

  /** The register and notice facts of a community, for anyone (they are public by nature). */
  async register(slug: string): Promise<ProcessingRegisterDto> {
    const community = await this.communities.getBySlug(slug);
    const documents = await this.communities.currentDocuments(community.id);
    const retention = await this.retention.settings(community.id);
    return {
      communityName: community.name,
      communitySlug: community.slug,
      profile: await this.profile(community.id),
      activities: this.registry.all().map((hooks) => ({
        module: hooks.module,
        name: hooks.declaration.name,
        categories: hooks.declaration.categories,
        purpose: hooks.declaration.purpose,
        legalBasis: hooks.declaration.legalBasis,
        retention: hooks.declaration.retention,
        recipients: hooks.declaration.recipients ?? TEAM,
      })),
      retention: retention.map((r) => ({ label: r.label, outcome: r.outcome, days: r.days })),
      noticeText: documents.privacy_notice.body,
      noticeVersion: documents.privacy_notice.version,
      thirdPartyTrackers: false,
      generatedAt: new Date(),
    };
  }
}
