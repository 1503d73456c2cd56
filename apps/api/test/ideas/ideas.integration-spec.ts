import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import { IdeasService } from '@palier/server-ideas';
import { jpegWithGps, polyglotJpegHtml } from '@palier/server-core/testing';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import {
  createCommunity,
  createMember,
  logIn,
  sessionCookie,
  type TestCommunity,
} from '../factories';
import { connectSocket, follow, nextMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  ADD_COMMENT,
  CATEGORIES,
  CHANGE_STATUS,
  COMMENTS,
  HISTORY,
  IDEA,
  IDEAS,
  MERGE,
  OUTCOME,
  SAVE_CATEGORY,
  submitIdea,
  SUPPORT,
  uploadIdeaPhoto,
  type IdeaView,
} from './ideas-helpers';

const NOTIFICATIONS = `{ notifications(first: 10) { edges { node { kind text link } } } }`;
type Notes = { notifications: { edges: { node: { kind: string; text: string; link: string } }[] } };

describe('idea box: ideas, supports, the centre’s answers, merges, lists, comments', () => {
  let t: TestApp;
  let url: string;
  let community: TestCommunity;
  let other: TestCommunity;
  let author: Client;
  let authorId: string;
  let authorEmail: string;
  let residents: Client[];
  let staff: Client;
  let builder: Client;
  let admin: Client;
  let outsider: Client;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    community = await createCommunity(t);
    other = await createCommunity(t);
    const karim = await createMember(t, community, 'resident', 'Karim Auteur');
    authorId = karim.id;
    authorEmail = karim.email!;
    author = await logIn(t, karim);
    const others = await Promise.all(
      ['Lina', 'Marc', 'Nadia'].map((n) => createMember(t, community, 'resident', n)),
    );
    residents = await Promise.all(others.map((o) => logIn(t, o)));
    staff = await logIn(t, await createMember(t, community, 'staff', 'Sophie Accueil'));
    builder = await logIn(t, await createMember(t, community, 'builder', 'Bea Bâtisseuse'));
    admin = await logIn(t, await createMember(t, community, 'admin'));
    outsider = await logIn(t, await createMember(t, other, 'admin'));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('lets members submit ideas in the community’s categories, and nobody else', async () => {
    const categories = await author.gql<{ ideaCategories: { id: string; name: string }[] }>(
      CATEGORIES,
      { c: community.id },
    );
    expect(categories.data!.ideaCategories.map((c) => c.name)).toContain('Cadre de vie');
    const idea = await submitIdea(author, community.id, {
      title: 'Des bancs devant l’école',
      description: 'Les parents attendent debout à la sortie.',
    });
    expect(idea).toMatchObject({
      status: 'submitted',
      supportCount: 0,
      mine: true,
      author: { id: authorId, displayName: 'Karim Auteur', formerMember: false },
    });

    // Bad input, in words.
    const categoryId = categories.data!.ideaCategories[0].id;
    const bad = await author.gql(
      `mutation($c: ID!, $i: IdeaInput!) { submitIdea(communityId: $c, input: $i) { id } }`,
      { c: community.id, i: { title: 'ab', description: '  ', categoryId } },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'title', code: 'too_short' }),
        expect.objectContaining({ field: 'description', code: 'required' }),
      ]),
    });
    // A category of another community is refused.
    const otherCategories = await outsider.gql<{ ideaCategories: { id: string }[] }>(CATEGORIES, {
      c: other.id,
    });
    const foreign = await author.gql(
      `mutation($c: ID!, $i: IdeaInput!) { submitIdea(communityId: $c, input: $i) { id } }`,
      {
        c: community.id,
        i: {
          title: 'Idée ailleurs',
          description: 'x',
          categoryId: otherCategories.data!.ideaCategories[0].id,
        },
      },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // A visitor and a member of another community can neither read nor submit.
    for (const client of [t, outsider]) {
      for (const [query, variables] of [
        [IDEAS, { c: community.id }],
        [IDEA, { c: community.id, id: idea.id }],
        [CATEGORIES, { c: community.id }],
        [COMMENTS, { c: community.id, id: idea.id }],
        [SUPPORT, { c: community.id, id: idea.id, s: true }],
      ] as const) {
        const res = await client.gql(query, variables);
        expect(res.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      }
    }
    // Nor can a member of another community reach an idea through their own community.
    const cross = await outsider.gql(IDEA, { c: other.id, id: idea.id });
    expect(cross.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('counts one support per member even under 30 concurrent requests, and lets it be withdrawn', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Un atelier réparation vélo' });
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        residents[0].gql(SUPPORT, { c: community.id, id: idea.id, s: true }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM idea_support WHERE idea_id = $1`,
      [idea.id],
    );
    expect(n).toBe(1);
    // Several members at once: each counted once.
    await Promise.all(
      [...residents, staff, builder].map((c) =>
        c.gql(SUPPORT, { c: community.id, id: idea.id, s: true }),
      ),
    );
    let seen = await residents[0].gql<{ idea: IdeaView }>(IDEA, { c: community.id, id: idea.id });
    expect(seen.data!.idea).toMatchObject({ supportCount: 5, supportedByMe: true });
    const withdrawn = await residents[0].gql<{ supportIdea: { supportCount: number } }>(SUPPORT, {
      c: community.id,
      id: idea.id,
      s: false,
    });
    expect(withdrawn.data!.supportIdea).toEqual({ supportCount: 4, supportedByMe: false });
    seen = await author.gql<{ idea: IdeaView }>(IDEA, { c: community.id, id: idea.id });
    expect(seen.data!.idea.supportedByMe).toBe(false);
  });

  it('follows the status workflow with an answer at each change; author and supporters are told', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Une fête des voisins en juin' });
    for (const c of residents.slice(0, 2))
      await c.gql(SUPPORT, { c: community.id, id: idea.id, s: true });
    const authorSocket = await connectSocket(url, await sessionCookie(t, { email: authorEmail }));
    sockets.push(authorSocket);
    await follow(authorSocket, community.id);
    const live = nextMessage(authorSocket, 'ideas:changed');

    // Residents, and members of another community, cannot answer.
    for (const client of [author, residents[0], outsider, t]) {
      const res = await client.gql(CHANGE_STATUS, {
        c: community.id,
        id: idea.id,
        i: { status: 'under_study', answer: 'On regarde.' },
      });
      expect(res.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    // Not straight to accepted, and never without an answer.
    const skip = await staff.gql(CHANGE_STATUS, {
      c: community.id,
      id: idea.id,
      i: { status: 'accepted', answer: 'Oui !' },
    });
    expect(skip.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Une idée proposée ne peut pas devenir « acceptée ».',
    });
    const silent = await staff.gql(CHANGE_STATUS, {
      c: community.id,
      id: idea.id,
      i: { status: 'under_study', answer: '   ' },
    });
    expect(silent.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'answer', code: 'required' }),
    ]);

    const study = await staff.gql<{ changeIdeaStatus: IdeaView }>(CHANGE_STATUS, {
      c: community.id,
      id: idea.id,
      i: { status: 'under_study', answer: 'Nous en parlons en réunion d’équipe mardi.' },
    });
    expect(study.data!.changeIdeaStatus.status).toBe('under_study');
    expect(await live).toEqual({ communityId: community.id, ideaId: idea.id, removed: false });
    const accepted = await builder.gql<{ changeIdeaStatus: IdeaView }>(CHANGE_STATUS, {
      c: community.id,
      id: idea.id,
      i: { status: 'accepted', answer: 'Oui : le centre prête les tables et la sono.' },
    });
    expect(accepted.data!.changeIdeaStatus).toMatchObject({
      status: 'accepted',
      latestAnswer: 'Oui : le centre prête les tables et la sono.',
    });
    const history = await residents[2].gql<{ ideaHistory: unknown[] }>(HISTORY, {
      c: community.id,
      id: idea.id,
    });
    expect(history.data!.ideaHistory).toEqual([
      {
        fromStatus: 'submitted',
        toStatus: 'under_study',
        answer: 'Nous en parlons en réunion d’équipe mardi.',
      },
      {
        fromStatus: 'under_study',
        toStatus: 'accepted',
        answer: 'Oui : le centre prête les tables et la sono.',
      },
    ]);

    for (const client of [author, residents[0], residents[1]]) {
      const notes = await client.gql<Notes>(NOTIFICATIONS);
      const mine = notes.data!.notifications.edges.filter(
        (e) => e.node.link === `/c/${community.slug}/idees/${idea.id}`,
      );
      expect(mine.map((e) => e.node.text)).toEqual([
        'L’idée « Une fête des voisins en juin » est maintenant : acceptée. Réponse du centre : « Oui : le centre prête les tables et la sono. »',
        'L’idée « Une fête des voisins en juin » est maintenant : à l’étude. Réponse du centre : « Nous en parlons en réunion d’équipe mardi. »',
      ]);
    }
    // Not a supporter: not told.
    const notes = await residents[2].gql<Notes>(NOTIFICATIONS);
    expect(
      notes.data!.notifications.edges.filter(
        (e) => e.node.kind === 'idea_status_changed' && e.node.link.endsWith(idea.id),
      ),
    ).toEqual([]);

    // An accepted idea becomes a collective project, linked.
    const outcome = await staff.gql<{ setIdeaOutcome: IdeaView }>(OUTCOME, {
      c: community.id,
      id: idea.id,
      i: { kind: 'collective_project', title: 'Fête des voisins 2027' },
    });
    expect(outcome.data!.setIdeaOutcome.outcome).toEqual({
      kind: 'collective_project',
      ref: null,
      title: 'Fête des voisins 2027',
    });
    const early = await submitIdea(author, community.id, { title: 'Pas encore étudiée' });
    const refused = await staff.gql(OUTCOME, {
      c: community.id,
      id: early.id,
      i: { kind: 'activity', title: 'Trop tôt' },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const residentOutcome = await author.gql(OUTCOME, {
      c: community.id,
      id: idea.id,
      i: { kind: 'activity', title: 'Moi' },
    });
    expect(residentOutcome.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('merges a duplicate: supports carried over without counting a member twice, authors told', async () => {
    const kept = await submitIdea(author, community.id, { title: 'Un jardin partagé' });
    const duplicate = await submitIdea(residents[2], community.id, {
      title: 'Un potager dans la cour',
    });
    await residents[0].gql(SUPPORT, { c: community.id, id: kept.id, s: true });
    for (const c of [residents[0], residents[1]])
      await c.gql(SUPPORT, { c: community.id, id: duplicate.id, s: true });

    for (const client of [author, residents[2], outsider]) {
      const res = await client.gql(MERGE, { c: community.id, id: duplicate.id, into: kept.id });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const merged = await staff.gql<{ mergeIdea: IdeaView }>(MERGE, {
      c: community.id,
      id: duplicate.id,
      into: kept.id,
    });
    expect(merged.data!.mergeIdea.supportCount).toBe(2);
    const dup = await residents[1].gql<{ idea: IdeaView }>(IDEA, {
      c: community.id,
      id: duplicate.id,
    });
    expect(dup.data!.idea).toMatchObject({
      supportCount: 0,
      mergedInto: { id: kept.id, title: 'Un jardin partagé' },
    });
    const list = await residents[1].gql<{ ideas: { edges: { node: IdeaView }[] } }>(IDEAS, {
      c: community.id,
      first: 50,
    });
    const ids = list.data!.ideas.edges.map((e) => e.node.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(duplicate.id);
    const again = await residents[1].gql(SUPPORT, { c: community.id, id: duplicate.id, s: true });
    expect(again.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const twice = await staff.gql(MERGE, { c: community.id, id: duplicate.id, into: kept.id });
    expect(twice.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    for (const client of [author, residents[2]]) {
      const notes = await client.gql<Notes>(NOTIFICATIONS);
      expect(notes.data!.notifications.edges.map((e) => e.node)).toContainEqual({
        kind: 'idea_merged',
        text: 'L’idée « Un potager dans la cour » a été regroupée avec « Un jardin partagé », qui reprend ses soutiens.',
        link: `/c/${community.slug}/idees/${kept.id}`,
      });
    }
  });

  it('lists newest or most supported, by status and category, and finds words in French', async () => {
    const fresh = await createCommunity(t);
    const member = await logIn(t, await createMember(t, fresh, 'resident'));
    const team = await logIn(t, await createMember(t, fresh, 'staff'));
    const categories = (
      await team.gql<{ ideaCategories: { id: string; name: string }[] }>(CATEGORIES, {
        c: fresh.id,
      })
    ).data!.ideaCategories;
    const life = categories.find((c) => c.name === 'Cadre de vie')!.id;
    const fun = categories.find((c) => c.name === 'Activités et loisirs')!.id;
    const a = await submitIdea(member, fresh.id, {
      title: 'Des bancs devant l’école',
      description: 'Pour les parents qui attendent.',
      categoryId: life,
    });
    const b = await submitIdea(member, fresh.id, {
      title: 'Un atelier réparation vélo le samedi',
      description: 'Réparer ensemble nos vélos.',
      categoryId: fun,
    });
    const c = await submitIdea(member, fresh.id, {
      title: 'Une boîte à livres',
      description: 'Près de l’arrêt de bus.',
      categoryId: life,
    });
    await team.gql(SUPPORT, { c: fresh.id, id: b.id, s: true });
    await member.gql(SUPPORT, { c: fresh.id, id: b.id, s: true });
    await team.gql(SUPPORT, { c: fresh.id, id: a.id, s: true });
    await team.gql(CHANGE_STATUS, {
      c: fresh.id,
      id: c.id,
      i: { status: 'under_study', answer: 'On cherche un emplacement.' },
    });
    const titles = async (f: Record<string, unknown>, first = 10) =>
      (
        await member.gql<{ ideas: { edges: { node: IdeaView }[] } }>(IDEAS, {
          c: fresh.id,
          f,
          first,
        })
      ).data!.ideas.edges.map((e) => e.node.id);
    expect(await titles({})).toEqual([c.id, b.id, a.id]);
    expect(await titles({ sort: 'most_supported' })).toEqual([b.id, a.id, c.id]);
    expect(await titles({ status: 'under_study' })).toEqual([c.id]);
    expect(await titles({ categoryId: life })).toEqual([c.id, a.id]);
    expect(await titles({ search: 'banc école' })).toEqual([a.id]);
    expect(await titles({ search: 'vélos réparer' })).toEqual([b.id]);
    expect(await titles({ search: 'livr' })).toEqual([c.id]);
    expect(await titles({ search: '100%_' })).toEqual([]);

    // Pages follow one another without repeating, in both orders.
    for (const sort of ['newest', 'most_supported']) {
      const first = await member.gql<{
        ideas: { edges: { node: IdeaView }[]; endCursor: string; hasNextPage: boolean };
      }>(IDEAS, { c: fresh.id, f: { sort }, first: 2 });
      expect(first.data!.ideas.hasNextPage).toBe(true);
      const next = await member.gql<{
        ideas: { edges: { node: IdeaView }[]; hasNextPage: boolean };
      }>(IDEAS, {
        c: fresh.id,
        f: { sort },
        first: 2,
        after: first.data!.ideas.endCursor,
      });
      expect(next.data!.ideas.hasNextPage).toBe(false);
      expect(
        [...first.data!.ideas.edges, ...next.data!.ideas.edges].map((e) => e.node.id).sort(),
      ).toEqual([a.id, b.id, c.id].sort());
    }
    const forged = await member.gql(IDEAS, { c: fresh.id, after: 'pas-un-curseur' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets staff keep the categories; residents and other communities cannot', async () => {
    for (const client of [author, outsider, t]) {
      const res = await client.gql(SAVE_CATEGORY, { c: community.id, i: { name: 'Sport' } });
      expect(res.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    const added = await staff.gql<{ saveIdeaCategory: { id: string; name: string }[] }>(
      SAVE_CATEGORY,
      { c: community.id, i: { name: 'Sport' } },
    );
    const sport = added.data!.saveIdeaCategory.find((c) => c.name === 'Sport')!;
    const dup = await admin.gql(SAVE_CATEGORY, { c: community.id, i: { name: 'Sport' } });
    expect(dup.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'name', code: 'taken' }),
    ]);
    await staff.gql(SAVE_CATEGORY, {
      c: community.id,
      k: sport.id,
      i: { name: 'Sport', archived: true },
    });
    const seen = await author.gql<{ ideaCategories: { name: string }[] }>(CATEGORIES, {
      c: community.id,
    });
    expect(seen.data!.ideaCategories.map((c) => c.name)).not.toContain('Sport');
    const archived = await author.gql(
      `mutation($c: ID!, $i: IdeaInput!) { submitIdea(communityId: $c, input: $i) { id } }`,
      { c: community.id, i: { title: 'Du foot', description: 'x', categoryId: sport.id } },
    );
    expect(archived.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Another community's staff cannot rename this one's category.
    const foreign = await outsider.gql(SAVE_CATEGORY, {
      c: other.id,
      k: sport.id,
      i: { name: 'Volé' },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('has comments with the feed’s rules, reportable like the feed’s; a hidden idea disappears live', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Un café des parents' });
    const top = await residents[0].gql<{ addIdeaComment: { id: string }[] }>(ADD_COMMENT, {
      c: community.id,
      id: idea.id,
      i: { body: 'Oui, le vendredi matin !' },
    });
    const commentId = top.data!.addIdeaComment[0].id;
    const reply = await author.gql<{ addIdeaComment: { id: string; parentId: string }[] }>(
      ADD_COMMENT,
      { c: community.id, id: idea.id, i: { body: 'Bonne idée', parentId: commentId } },
    );
    const replyId = reply.data!.addIdeaComment[1].id;
    const deep = await residents[1].gql(ADD_COMMENT, {
      c: community.id,
      id: idea.id,
      i: { body: 'Trop profond', parentId: replyId },
    });
    expect(deep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await residents[1].gql(ADD_COMMENT, {
      c: community.id,
      id: idea.id,
      i: { body: 'x'.repeat(2001) },
    });
    expect(long.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'body', code: 'too_long' }),
    ]);

    // The comment is reported and hidden by the builder through moderation.
    const report = await residents[1].gql(
      `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`,
      { c: community.id, i: { itemType: 'idea_comment', itemId: commentId, reason: 'spam' } },
    );
    expect(report.errors).toBeUndefined();
    const MODERATE = `mutation($c: ID!, $i: ModerationDecisionInput!) { moderate(communityId: $c, input: $i) { id } }`;
    const hide = await builder.gql(MODERATE, {
      c: community.id,
      i: { itemType: 'idea_comment', itemId: commentId, action: 'hide', reason: 'Hors sujet.' },
    });
    expect(hide.errors).toBeUndefined();
    const forOthers = await residents[1].gql<{ ideaComments: { id: string }[] }>(COMMENTS, {
      c: community.id,
      id: idea.id,
    });
    expect(forOthers.data!.ideaComments.map((c) => c.id)).toEqual([replyId]);
    const forAuthor = await residents[0].gql<{ ideaComments: { id: string; hidden: boolean }[] }>(
      COMMENTS,
      { c: community.id, id: idea.id },
    );
    expect(forAuthor.data!.ideaComments[0]).toMatchObject({ id: commentId, hidden: true });

    // Only its author deletes a comment.
    const DELETE = `mutation($c: ID!, $k: ID!) { deleteIdeaComment(communityId: $c, commentId: $k) }`;
    const notTheirs = await residents[1].gql(DELETE, { c: community.id, k: replyId });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await author.gql(DELETE, { c: community.id, k: replyId })).errors).toBeUndefined();

    // The idea itself is hidden: it disappears live from members' lists.
    const socket = await connectSocket(
      url,
      await sessionCookie(t, await createMember(t, community, 'resident')),
    );
    sockets.push(socket);
    await follow(socket, community.id);
    const removed = nextMessage(socket, 'ideas:changed');
    const hideIdea = await builder.gql(MODERATE, {
      c: community.id,
      i: { itemType: 'idea', itemId: idea.id, action: 'hide', reason: 'Publicité.' },
    });
    expect(hideIdea.errors).toBeUndefined();
    expect(await removed).toEqual({ communityId: community.id, ideaId: idea.id, removed: true });
    const gone = await residents[1].gql(IDEA, { c: community.id, id: idea.id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await residents[1].gql<{ ideas: { edges: { node: { id: string } }[] } }>(IDEAS, {
      c: community.id,
      first: 50,
    });
    expect(list.data!.ideas.edges.map((e) => e.node.id)).not.toContain(idea.id);
    const own = await author.gql<{ idea: IdeaView }>(IDEA, { c: community.id, id: idea.id });
    expect(own.data!.idea).toMatchObject({ hidden: true, hiddenReason: 'Publicité.' });
    const closed = await residents[1].gql(ADD_COMMENT, {
      c: community.id,
      id: idea.id,
      i: { body: 'Encore ?' },
    });
    expect(closed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a suspended member’s idea, support and comment', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Une idée à soutenir' });
    const suspended = await createMember(t, community, 'resident', 'Paul Suspendu');
    await t.query(
      `INSERT INTO moderation_restriction (community_id, account_id, until)
       VALUES ($1, $2, now() + interval '3 days')`,
      [community.id, suspended.id],
    );
    const client = await logIn(t, suspended);
    for (const [query, variables] of [
      [SUPPORT, { c: community.id, id: idea.id, s: true }],
      [ADD_COMMENT, { c: community.id, id: idea.id, i: { body: 'Moi' } }],
      [
        `mutation($c: ID!, $i: IdeaInput!) { submitIdea(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: { title: 'Ma nouvelle idée', description: 'x', categoryId: idea.category.id },
        },
      ],
    ] as const) {
      const res = await client.gql(query, variables);
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringContaining('suspendu'),
      });
    }
  });

  it('keeps support counts exact when a supporter is erased, and a later merge still counts them once', async () => {
    const kept = await submitIdea(author, community.id, { title: 'Un repair café' });
    const duplicate = await submitIdea(author, community.id, { title: 'Réparer ensemble' });
    const leaving = await createMember(t, community, 'resident', 'Olga Partante');
    const client = await logIn(t, leaving);
    for (const id of [kept.id, duplicate.id])
      await client.gql(SUPPORT, { c: community.id, id, s: true });
    await residents[0].gql(SUPPORT, { c: community.id, id: duplicate.id, s: true });
    const hooks = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.module === 'ideas')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    await db.transaction((manager) => hooks.erasePerson(leaving.id, manager));
    await db.transaction((manager) => hooks.erasePerson(leaving.id, manager)); // idempotent
    const count = async (id: string) =>
      (await author.gql<{ idea: IdeaView }>(IDEA, { c: community.id, id })).data!.idea.supportCount;
    expect(await count(kept.id)).toBe(1);
    expect(await count(duplicate.id)).toBe(2);
    expect(
      await t.query(`SELECT 1 FROM idea_support WHERE account_id = $1 OR supporter_key = $1`, [
        leaving.id,
      ]),
    ).toEqual([]);
    await staff.gql(MERGE, { c: community.id, id: duplicate.id, into: kept.id });
    expect(await count(kept.id)).toBe(2);
  });

  it('takes an optional photo from the author only, without its metadata, shown to members only', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Un mur peint par les jeunes' });
    const notAuthor = await uploadIdeaPhoto(
      residents[0],
      community.id,
      idea.id,
      await jpegWithGps(),
    );
    expect(notAuthor.status).toBe(403);
    const polyglot = await uploadIdeaPhoto(author, community.id, idea.id, await polyglotJpegHtml());
    expect(polyglot.status).toBe(400);
    const sent = await uploadIdeaPhoto(
      author,
      community.id,
      idea.id,
      await jpegWithGps(),
      'Le mur gris derrière le gymnase',
    );
    expect(sent.status).toBe(201);
    const PHOTO = `query($c: ID!, $id: ID!) { idea(communityId: $c, ideaId: $id) { photo { id url thumbnailUrl alt width height } } }`;
    const seen = await residents[1].gql<{
      idea: { photo: { id: string; url: string; alt: string } };
    }>(PHOTO, { c: community.id, id: idea.id });
    const photo = seen.data!.idea.photo;
    expect(photo).toMatchObject({ id: sent.body.id, alt: 'Le mur gris derrière le gymnase' });
    const res = await residents[1].http
      .get(photo.url)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^private/);
    const meta = await sharp(res.body as Buffer).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect((await t.http.get(photo.url)).status).toBe(404);
    expect((await outsider.http.get(photo.url)).status).toBe(404);

    // A new photo replaces the old one, whose files go.
    const again = await uploadIdeaPhoto(author, community.id, idea.id, await jpegWithGps(400, 300));
    expect(again.status).toBe(201);
    expect((await residents[1].http.get(photo.url)).status).toBe(404);
  });

  it('lets only the team answer, merge, link and keep categories: the roles one by one', async () => {
    const resident = residents[2];
    const cases: [string, Client | TestApp, boolean][] = [
      ['visitor', t, false],
      ['resident', resident, false],
      ['staff', staff, true],
      ['builder', builder, true],
      ['admin', admin, true],
      ['admin of another community', outsider, false],
    ];
    for (const [role, client, allowed] of cases) {
      const idea = await submitIdea(author, community.id, { title: `Idée pour le rôle ${role}` });
      const other = await submitIdea(author, community.id, { title: `Doublon pour ${role}` });
      const attempts = [
        await client.gql(CHANGE_STATUS, {
          c: community.id,
          id: idea.id,
          i: { status: 'under_study', answer: 'Nous regardons.' },
        }),
        await client.gql(SAVE_CATEGORY, { c: community.id, i: { name: `Catégorie ${role}` } }),
        await client.gql(MERGE, { c: community.id, id: other.id, into: idea.id }),
      ];
      for (const res of attempts)
        if (allowed) expect({ role, errors: res.errors }).toEqual({ role, errors: undefined });
        else
          expect({ role, code: res.errors?.[0].extensions?.code }).toEqual({
            role,
            code: client === t ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
    }
  });

  it('tells the module an idea became where it came from ("née d’une idée de Karim")', async () => {
    const idea = await submitIdea(author, community.id, { title: 'Un club de lecture' });
    const origin = await t.app.get(IdeasService).origin(community.id, idea.id);
    expect(origin).toEqual({
      ideaId: idea.id,
      title: 'Un club de lecture',
      authorName: 'Karim Auteur',
    });
    expect(await t.app.get(IdeasService).origin(other.id, idea.id)).toBeNull();
  });
});
