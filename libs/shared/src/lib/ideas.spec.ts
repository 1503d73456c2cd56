import { IDEA_STATUSES, IDEA_TRANSITIONS, ideaInput, mayChangeIdeaStatus } from './ideas';

describe('idea status workflow', () => {
  it('allows exactly the transitions of the issue', () => {
    const allowed = IDEA_STATUSES.flatMap((from) =>
      IDEA_STATUSES.filter((to) => mayChangeIdeaStatus(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'submitted>under_study',
        'submitted>declined',
        'under_study>accepted',
        'under_study>declined',
        'accepted>in_progress',
        'accepted>declined',
        'in_progress>done',
        'declined>under_study',
      ].sort(),
    );
  });

  it('never stays in place, never goes back to submitted, and done is final', () => {
    for (const from of IDEA_STATUSES) {
      expect(mayChangeIdeaStatus(from, from)).toBe(false);
      expect(mayChangeIdeaStatus(from, 'submitted')).toBe(false);
    }
    expect(IDEA_TRANSITIONS.done).toEqual([]);
    expect(mayChangeIdeaStatus('submitted', 'accepted')).toBe(false);
    expect(mayChangeIdeaStatus('submitted', 'done')).toBe(false);
  });

  it('checks the title and description of an idea', () => {
    const categoryId = '00000000-0000-4000-8000-000000000000';
    expect(ideaInput.safeParse({ title: 'ab', description: 'x', categoryId }).success).toBe(false);
    expect(
      ideaInput.safeParse({ title: 'Des bancs\ndevant', description: 'x', categoryId }).success,
    ).toBe(false);
    expect(
      ideaInput.parse({ title: '  Des bancs devant l’école ', description: 'Oui', categoryId }),
    ).toEqual({ title: 'Des bancs devant l’école', description: 'Oui', categoryId });
  });
});
