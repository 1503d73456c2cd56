import type { Client, TestApp } from '../test-app';

/** GraphQL documents and helpers shared by the feed and moderation integration tests. */

export const POST_FIELDS = `id body contentWarning visibility createdAt editedAt pinned commentsLocked hidden hiddenReason mine
  author { id displayName formerMember } photos { id url thumbnailUrl width height alt }
  reactions { reaction emoji count mine }`;

export const CREATE_POST = `mutation($c: ID!, $i: PostInput!) { createPost(communityId: $c, input: $i) { ${POST_FIELDS} } }`;
export const FEED = `query($c: ID!, $first: Int, $after: String) { feed(communityId: $c, first: $first, after: $after) {
  pinned { id } edges { cursor node { ${POST_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const POST = `query($c: ID!, $p: ID!) { post(communityId: $c, postId: $p) { ${POST_FIELDS} } }`;

export interface PostView {
  id: string;
  body: string;
  hidden: boolean;
  hiddenReason: string | null;
  editedAt: string | null;
  mine: boolean;
  author: { id: string | null; displayName: string; formerMember: boolean };
  photos: {
    id: string;
    url: string;
    thumbnailUrl: string;
    width: number;
    height: number;
    alt: string;
  }[];
  reactions: { reaction: string; emoji: string; count: number; mine: boolean }[];
}

export interface FeedView {
  feed: {
    pinned: { id: string }[];
    edges: { cursor: string; node: PostView }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export async function createPost(
  client: Client,
  communityId: string,
  input: Record<string, unknown>,
): Promise<PostView> {
  const res = await client.gql<{ createPost: PostView }>(CREATE_POST, { c: communityId, i: input });
  if (res.errors) throw new Error(`createPost failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createPost;
}

/** Uploads a photo as the client (multipart, field "photo"). */
export function uploadPhoto(
  t: TestApp,
  client: Client | null,
  communityId: string,
  bytes: Buffer,
  filename = 'photo.jpg',
) {
  const agent = client?.http ?? t.http;
  return agent
    .post(`/media/communities/${communityId}/photos`)
    .set('x-forwarded-for', client?.ip ?? '10.9.9.9')
    .attach('photo', bytes, { filename, contentType: 'image/jpeg' });
}
