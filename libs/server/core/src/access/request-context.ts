import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer, ViewerMembership } from './viewer';

/** What the access guard learnt about a request, resolved once and kept on the request. */
export interface RequestContext {
  viewer?: Viewer | null;
  memberships: Map<string, ViewerMembership | null>;
  /** True once all the viewer's active memberships are in `memberships` (read with the session). */
  allMembershipsKnown?: boolean;
}

type WithContext = { palier?: RequestContext };

export function requestOf(context: ExecutionContext): WithContext & Record<string, unknown> {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{
      req: WithContext & Record<string, unknown>;
    }>().req;
  }
  return context.switchToHttp().getRequest();
}

export function requestContext(request: WithContext): RequestContext {
  request.palier ??= { memberships: new Map() };
  return request.palier;
}

/** The logged-in viewer (fields declared @SignedIn or @MemberOf always have one). */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return requestContext(requestOf(context)).viewer ?? undefined;
});

/** The viewer's membership in the community of the `communityId` argument (@MemberOf fields). */
export const CurrentMembership = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const args =
    context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs() : {};
  const communityId = (args as { communityId?: string }).communityId;
  return communityId
    ? (requestContext(requestOf(context)).memberships.get(communityId) ?? undefined)
    : undefined;
});
