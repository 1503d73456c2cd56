import type { Client } from '../test-app';

/** GraphQL documents and helpers of the idea box integration tests (and the privacy fixture). */

export const IDEA_FIELDS = `id title description status supportCount supportedByMe commentCount mine hidden hiddenReason
  latestAnswer category { id name } author { id displayName formerMember } mergedInto { id title }
  outcome { kind ref title }`;

export interface IdeaView {
  id: string;
  title: string;
  status: string;
  supportCount: number;
  supportedByMe: boolean;
  commentCount: number;
  mine: boolean;
  hidden: boolean;
  latestAnswer: string | null;
  category: { id: string; name: string };
  author: { id: string | null; displayName: string; formerMember: boolean };
  mergedInto: { id: string; title: string } | null;
  outcome: { kind: string; ref: string | null; title: string } | null;
}

export const CATEGORIES = `query($c: ID!) { ideaCategories(communityId: $c) { id name archived } }`;
export const SUBMIT = `mutation($c: ID!, $i: IdeaInput!) { submitIdea(communityId: $c, input: $i) { ${IDEA_FIELDS} } }`;
export const IDEA = `query($c: ID!, $id: ID!) { idea(communityId: $c, ideaId: $id) { ${IDEA_FIELDS} } }`;
export const IDEAS = `query($c: ID!, $f: IdeaFilter, $first: Int, $after: String) {
  ideas(communityId: $c, filter: $f, first: $first, after: $after) {
    edges { cursor node { ${IDEA_FIELDS} } } hasNextPage endCursor } }`;
export const SUPPORT = `mutation($c: ID!, $id: ID!, $s: Boolean!) { supportIdea(communityId: $c, ideaId: $id, supported: $s) { supportCount supportedByMe } }`;
export const CHANGE_STATUS = `mutation($c: ID!, $id: ID!, $i: IdeaStatusInput!) { changeIdeaStatus(communityId: $c, ideaId: $id, input: $i) { ${IDEA_FIELDS} } }`;
export const HISTORY = `query($c: ID!, $id: ID!) { ideaHistory(communityId: $c, ideaId: $id) { fromStatus toStatus answer } }`;
export const MERGE = `mutation($c: ID!, $id: ID!, $into: ID!) { mergeIdea(communityId: $c, ideaId: $id, intoId: $into) { ${IDEA_FIELDS} } }`;
export const OUTCOME = `mutation($c: ID!, $id: ID!, $i: IdeaOutcomeInput!) { setIdeaOutcome(communityId: $c, ideaId: $id, input: $i) { ${IDEA_FIELDS} } }`;
export const SAVE_CATEGORY = `mutation($c: ID!, $k: ID, $i: IdeaCategoryInput!) { saveIdeaCategory(communityId: $c, categoryId: $k, input: $i) { id name archived } }`;
export const COMMENTS = `query($c: ID!, $id: ID!) { ideaComments(communityId: $c, ideaId: $id) { id parentId body hidden mine author { displayName formerMember } } }`;
export const ADD_COMMENT = `mutation($c: ID!, $id: ID!, $i: IdeaCommentInput!) { addIdeaComment(communityId: $c, ideaId: $id, input: $i) { id parentId body } }`;

export async function firstCategory(client: Client, communityId: string): Promise<string> {
  const res = await client.gql<{ ideaCategories: { id: string }[] }>(CATEGORIES, {
    c: communityId,
  });
  if (res.errors) throw new Error(`ideaCategories failed: ${JSON.stringify(res.errors)}`);
  return res.data!.ideaCategories[0].id;
}

export async function submitIdea(
  client: Client,
  communityId: string,
  input: { title: string; description?: string; categoryId?: string },
): Promise<IdeaView> {
  const categoryId = input.categoryId ?? (await firstCategory(client, communityId));
  const res = await client.gql<{ submitIdea: IdeaView }>(SUBMIT, {
    c: communityId,
    i: { description: 'Une idée pour le quartier.', ...input, categoryId },
  });
  if (res.errors) throw new Error(`submitIdea failed: ${JSON.stringify(res.errors)}`);
  return res.data!.submitIdea;
}

/** The author sends the photo of an idea (multipart field "photo", its description in `alt`). */
export function uploadIdeaPhoto(
  client: Client,
  communityId: string,
  ideaId: string,
  bytes: Buffer,
  alt = '',
) {
  return client.http
    .post(`/media/communities/${communityId}/ideas/${ideaId}/photo`)
    .query({ alt })
    .set('x-forwarded-for', client.ip)
    .attach('photo', bytes, { filename: 'photo.jpg', contentType: 'image/jpeg' });
}
