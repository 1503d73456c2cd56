import { canSeePost, mayPublishPublicly, visiblePostsSql, type FeedViewer } from './feed.policy';

const AUTHOR = '00000000-0000-4000-8000-000000000001';
const visitor: FeedViewer = { accountId: null, role: null };
const outsider: FeedViewer = { accountId: '00000000-0000-4000-8000-000000000009', role: null };
const member: FeedViewer = { accountId: '00000000-0000-4000-8000-000000000002', role: 'resident' };
const author: FeedViewer = { accountId: AUTHOR, role: 'resident' };
const builder: FeedViewer = { accountId: '00000000-0000-4000-8000-000000000003', role: 'builder' };
const staff: FeedViewer = { accountId: '00000000-0000-4000-8000-000000000004', role: 'staff' };

const post = (visibility: 'members' | 'public', hidden: boolean) => ({
  visibility,
  authorAccountId: AUTHOR,
  hiddenAt: hidden ? new Date() : null,
});

describe('feed policy', () => {
  it('shows members-only posts to members only, public ones to everyone', () => {
    expect([visitor, outsider, member].map((v) => canSeePost(v, post('members', false)))).toEqual([
      false,
      false,
      true,
    ]);
    expect([visitor, outsider, member].map((v) => canSeePost(v, post('public', false)))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('keeps a hidden post for its author and the moderators', () => {
    expect(
      [visitor, member, staff, author, builder].map((v) => canSeePost(v, post('public', true))),
    ).toEqual([false, false, false, true, true]);
  });

  it('says the same in SQL', () => {
    expect(visiblePostsSql(visitor, 'p', 2)).toBe(
      `(p.visibility = 'public' AND (p.hidden_at IS NULL OR p.author_account_id = $2::uuid))`,
    );
    expect(visiblePostsSql(member, 'p', 2)).toBe(
      `(true AND (p.hidden_at IS NULL OR p.author_account_id = $2::uuid))`,
    );
    expect(visiblePostsSql(builder, 'p', 2)).toBe('(true AND true)');
  });

  it('lets the roles the community chose publish on the sas, never a child under 15', () => {
    expect(mayPublishPublicly(member, ['resident', 'staff'], false)).toBe(true);
    expect(mayPublishPublicly(member, ['staff'], false)).toBe(false);
    expect(mayPublishPublicly(member, ['resident', 'staff'], true)).toBe(false);
    expect(mayPublishPublicly(visitor, ['resident'], false)).toBe(false);
  });
});
