import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import { isUuid } from '../validation/uuid.pipe';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { requestContext, requestOf } from './request-context';
import { ViewerSource } from './viewer';

/**
 * Global guard. Every handler declares who may call it (access.decorators.ts); an undeclared one
 * is refused. The viewer and their membership are resolved once per request and kept on it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  private source?: ViewerSource | null;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule: refused.`,
      );
      throw AppError.forbidden();
    }
    const request = requestOf(context);
    const ctx = requestContext(request);
    if (ctx.viewer === undefined) {
      const signedIn = await this.viewerSource()?.signedInOf(request);
      ctx.viewer = signedIn?.viewer ?? null;
      // Every active membership is known now: a community missing here has none.
      if (signedIn) {
        ctx.allMembershipsKnown = true;
        for (const m of signedIn.memberships) ctx.memberships.set(m.communityId, m);
      }
    }
    const viewer = ctx.viewer;
    switch (rule.kind) {
      case 'public':
        return true;
      case 'signed-in':
        if (!viewer) throw AppError.unauthenticated();
        return true;
      case 'server-admin':
        if (!viewer) throw AppError.unauthenticated();
        if (!viewer.isServerAdmin) throw AppError.forbidden();
        return true;
      case 'community': {
        if (!viewer) throw AppError.unauthenticated();
        const communityId = this.communityIdOf(context);
        if (!communityId) throw AppError.forbidden();
        if (!ctx.memberships.has(communityId) && !ctx.allMembershipsKnown) {
          ctx.memberships.set(
            communityId,
            (await this.viewerSource()?.membershipOf(viewer.accountId, communityId)) ?? null,
          );
        }
        const membership = ctx.memberships.get(communityId) ?? null;
        if (!membership || !rule.roles.includes(membership.role)) throw AppError.forbidden();
        return true;
      }
    }
  }

  private communityIdOf(context: ExecutionContext): string | undefined {
    const args: Record<string, unknown> =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getArgs()
        : (context.switchToHttp().getRequest().params ?? {});
    const id = args['communityId'];
    return isUuid(id) ? id : undefined;
  }

  private viewerSource(): ViewerSource | undefined {
    if (this.source === undefined) {
      try {
        this.source = this.moduleRef.get(ViewerSource, { strict: false });
      } catch {
        this.source = null;
      }
    }
    return this.source ?? undefined;
  }
}
