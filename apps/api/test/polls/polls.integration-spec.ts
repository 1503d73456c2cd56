import { Jobs } from '@palier/server-core';
import { POLL_NOTIFICATIONS_JOB } from '@palier/server-polls';
import {
  createCommunity,
  createMember,
  logIn,
  sessionCookie,
  type TestCommunity,
} from '../factories';
import { connectSocket, follow, nextMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { createPoll, getPoll, parisLocal, vote, type PollView } from './poll-helpers';

const options = (...labels: string[]) => labels.map((label) => ({ label }));

describe('polls', () => {
  let t: TestApp;
  let community: TestCommunity;
  let other: TestCommunity;
  let admin: Client;
  let builder: Client;
  let staff: Client;
  let residents: Client[];
  let residentIds: string[];
  let outsider: Client;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    other = await createCommunity(t);
    admin = await logIn(t, await createMember(t, community, 'admin'));
    builder = await logIn(t, await createMember(t, community, 'builder', 'Bea Bâtisseuse'));
    staff = await logIn(t, await createMember(t, community, 'staff', 'Sam Accueil'));
    const accounts = await Promise.all(
      [1, 2, 3, 4].map((i) => createMember(t, community, 'resident', `Habitant ${i}`)),
    );
    residentIds = accounts.map((a) => a.id);
    residents = await Promise.all(accounts.map((a) => logIn(t, a)));
    outsider = await logIn(t, await createMember(t, other, 'staff'));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  describe('who creates and who reads', () => {
    it('lets the team create polls; residents only where the community allows it', async () => {
      for (const client of [staff, builder, admin])
        expect(
          (
            await createPoll(client, community.id, {
              kind: 'single',
              title: 'Q',
              options: options('a', 'b'),
            })
          ).canManage,
        ).toBe(true);
      const refused = await residents[0].gql(
        `mutation($c: ID!, $i: CreatePollInput!) { createPoll(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: { kind: 'single', title: 'Q', options: options('a', 'b'), closesAt: parisLocal(5) },
        },
      );
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Dans cette communauté, seule l’équipe du centre crée les sondages.',
      });
      const SET = `mutation($c: ID!, $a: Boolean!) { setResidentsMayCreatePolls(communityId: $c, allowed: $a) { residentsMayCreate } }`;
      expect(
        (await staff.gql(SET, { c: community.id, a: true })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await builder.gql(SET, { c: community.id, a: true })).data).toEqual({
        setResidentsMayCreatePolls: { residentsMayCreate: true },
      });
      const mine = await createPoll(residents[0], community.id, {
        kind: 'single',
        title: 'Un barbecue cet été ?',
        options: options('Oui', 'Non'),
      });
      expect(mine).toMatchObject({ canManage: false, createdByName: 'Habitant 1' });
      await builder.gql(SET, { c: community.id, a: false });
    });

    it('keeps visitors and other communities out, and the team’s actions to the team', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Privé',
        options: options('a', 'b'),
      });
      const visitor = await t.gql(`query($c: ID!) { polls(communityId: $c) { id } }`, {
        c: community.id,
      });
      expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(
        (
          await outsider.gql(`query($c: ID!) { polls(communityId: $c) { id } }`, {
            c: community.id,
          })
        ).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      // Through their own community: the poll of another community does not exist there.
      const across = await outsider.gql(
        `query($c: ID!, $p: ID!) { poll(communityId: $c, pollId: $p) { id } }`,
        {
          c: other.id,
          p: poll.id,
        },
      );
      expect(across.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const crossVote = await vote(outsider, other.id, poll.id, {
        optionIds: [poll.options[0].id],
      });
      expect(crossVote.errors?.[0]).toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'Ce sondage n’appartient pas à cette communauté.',
      });
      for (const [mutation, extra] of [
        ['closePoll', ''],
        ['setPollOutcome', ', outcome: "x"'],
        ['updatePoll', ', input: { title: "x" }'],
      ])
        expect(
          (
            await residents[1].gql(
              `mutation($c: ID!, $p: ID!) { ${mutation}(communityId: $c, pollId: $p${extra}) { id } }`,
              { c: community.id, p: poll.id },
            )
          ).errors?.[0].extensions?.code,
        ).toBe('FORBIDDEN');
      const list = await residents[1].gql<{ polls: { id: string }[] }>(
        `query($c: ID!) { polls(communityId: $c) { id } }`,
        { c: community.id },
      );
      expect(list.data!.polls.map((p) => p.id)).toContain(poll.id);
    });

    it('refuses malformed polls with field messages', async () => {
      const res = await staff.gql(
        `mutation($c: ID!, $i: CreatePollInput!) { createPoll(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: {
            kind: 'single',
            title: 'Doublons',
            options: options('Oui', 'oui'),
            closesAt: parisLocal(5),
          },
        },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'options.1.label', code: 'taken' }],
      });
      const past = await staff.gql(
        `mutation($c: ID!, $i: CreatePollInput!) { createPoll(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: {
            kind: 'single',
            title: 'Passé',
            options: options('a', 'b'),
            closesAt: parisLocal(-2),
          },
        },
      );
      expect(past.errors?.[0].message).toBe(
        'Choisissez une date de fin après l’ouverture et après maintenant.',
      );
      const bounds = await staff.gql(
        `mutation($c: ID!, $i: CreatePollInput!) { createPoll(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: {
            kind: 'multiple',
            title: 'Bornes',
            options: options('a', 'b'),
            minChoices: 3,
            closesAt: parisLocal(5),
          },
        },
      );
      expect(bounds.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'minChoices' });
    });
  });

  describe('ballots', () => {
    it('counts a single choice, with percentages and the participation rate', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Quel jour pour le repas ?',
        options: options('Samedi', 'Dimanche'),
      });
      const [sat, sun] = poll.options.map((o) => o.id);
      await vote(residents[0], community.id, poll.id, { optionIds: [sat] });
      const res = await vote(residents[1], community.id, poll.id, { optionIds: [sat] });
      await vote(residents[2], community.id, poll.id, { optionIds: [sun] });
      const view = res.data!.vote;
      expect(view.hasVoted).toBe(true);
      expect(view.myBallot).toEqual({ optionIds: [sat], answers: [] });
      const results = (await getPoll(staff, community.id, poll.id)).results!;
      // 8 members: the community's creator, admin, builder, staff, 4 residents.
      expect(results).toMatchObject({
        ballots: 3,
        eligible: 8,
        participationPercent: 37.5,
        best: [sat],
      });
      expect(results.options.map((o) => [o.count, o.percent])).toEqual([
        [2, 66.7],
        [1, 33.3],
      ]);
    });

    it('refuses what is not a valid ballot, each with a clear message', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'multiple',
        title: 'Activités',
        options: options('Couture', 'Football', 'Cuisine'),
        minChoices: 1,
        maxChoices: 2,
        ballotsChangeable: false,
      });
      const another = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Autre',
        options: options('x', 'y'),
      });
      const [a, b, c] = poll.options.map((o) => o.id);
      const cases: [Record<string, unknown>, string][] = [
        [
          { optionIds: [another.options[0].id] },
          'Une de ces réponses ne fait pas partie de ce sondage.',
        ],
        [
          { optionIds: [a, a] },
          'Vous avez donné deux fois la même réponse : gardez-la une seule fois.',
        ],
        [{ optionIds: [a, b, c] }, 'Choisissez entre 1 et 2 réponses.'],
        [{ optionIds: [] }, 'Choisissez entre 1 et 2 réponses.'],
        [{ optionIds: ['pas-un-id'] }, 'Certaines informations sont à corriger.'],
      ];
      for (const [ballot, message] of cases) {
        const res = await vote(residents[0], community.id, poll.id, ballot);
        expect({ ballot, message: res.errors?.[0].message }).toEqual({ ballot, message });
      }
      expect(
        (await vote(residents[0], community.id, poll.id, { optionIds: [a, c] })).errors,
      ).toBeUndefined();
      const again = await vote(residents[0], community.id, poll.id, { optionIds: [b] });
      expect(again.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: 'Vous avez déjà voté à ce sondage.',
      });
      expect(
        (await getPoll(staff, community.id, poll.id)).results!.options.map((o) => o.count),
      ).toEqual([1, 0, 1]);
    });

    it('refuses votes before the opening, after the closing and from a suspended member', async () => {
      const later = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Bientôt',
        options: options('a', 'b'),
        opensAt: parisLocal(3),
        closesAt: parisLocal(30),
      });
      expect(later.status).toBe('upcoming');
      const early = await vote(residents[0], community.id, later.id, {
        optionIds: [later.options[0].id],
      });
      expect(early.errors?.[0].message).toMatch(
        /^Ce sondage n’est pas encore ouvert : vous pourrez voter à partir du .+ à \d+ h/,
      );

      const open = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Vite',
        options: options('a', 'b'),
      });
      await t.query(
        `UPDATE poll SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 hour' WHERE id = $1`,
        [open.id],
      );
      const late = await vote(residents[0], community.id, open.id, {
        optionIds: [open.options[0].id],
      });
      expect(late.errors?.[0].message).toMatch(
        /^Ce sondage est clos depuis le .+ : il n’est plus possible de voter\.$/,
      );

      const running = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Suspendu',
        options: options('a', 'b'),
      });
      await t.query(
        `INSERT INTO moderation_restriction (community_id, account_id, until) VALUES ($1, $2, now() + interval '3 days')`,
        [community.id, residentIds[3]],
      );
      const suspended = await vote(residents[3], community.id, running.id, {
        optionIds: [running.options[0].id],
      });
      expect(suspended.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(
          /^Vous êtes suspendu jusqu’au .+ : vous ne pouvez pas voter d’ici là\.$/,
        ),
      });
      await t.query(`DELETE FROM moderation_restriction WHERE account_id = $1`, [residentIds[3]]);
    });

    it('finds the best date: most "oui", then most "si besoin"', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'date',
        title: 'Fête de quartier',
        options: [
          { startsAt: '2027-06-12T14:00' },
          { startsAt: '2027-06-19T14:00' },
          { startsAt: '2027-06-26T14:00', label: 'au parc' },
        ],
      });
      const [d1, d2, d3] = poll.options.map((o) => o.id);
      expect(poll.options[0].startsAt).toBe('2027-06-12T12:00:00.000Z');
      const answers = (a: string, b: string, c: string) => ({
        answers: [
          { optionId: d1, answer: a },
          { optionId: d2, answer: b },
          { optionId: d3, answer: c },
        ],
      });
      await vote(residents[0], community.id, poll.id, answers('yes', 'yes', 'no'));
      await vote(residents[1], community.id, poll.id, answers('yes', 'yes', 'yes'));
      await vote(residents[2], community.id, poll.id, answers('no', 'maybe', 'yes'));
      const missing = await vote(residents[3], community.id, poll.id, {
        answers: [{ optionId: d1, answer: 'yes' }],
      });
      expect(missing.errors?.[0].message).toBe(
        'Répondez pour chaque date : oui, si besoin ou non.',
      );
      const results = (await getPoll(residents[0], community.id, poll.id)).results!;
      expect(results.options.map((o) => [o.yes, o.maybe, o.no, o.best])).toEqual([
        [2, 0, 1, false],
        [2, 1, 0, true],
        [2, 0, 1, false],
      ]);
      expect(results.best).toEqual([d2]);
    });

    it('counts a ranking by instant-runoff and shows the rounds', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'ranked',
        title: 'Nom du jardin',
        options: options('Les Lilas', 'Le Potager', 'La Source'),
      });
      const [lilas, potager, source] = poll.options.map((o) => o.id);
      await vote(residents[0], community.id, poll.id, { optionIds: [lilas, potager] });
      await vote(residents[1], community.id, poll.id, { optionIds: [lilas] });
      await vote(residents[2], community.id, poll.id, { optionIds: [potager, lilas] });
      await vote(residents[3], community.id, poll.id, { optionIds: [source, potager] });
      await vote(staff, community.id, poll.id, { optionIds: [potager] });
      const results = (await getPoll(staff, community.id, poll.id)).results!;
      expect(results.rounds.map((r) => [r.counts.map((c) => c.votes), r.eliminated])).toEqual([
        [[2, 2, 1], [source]],
        [[2, 3], []],
      ]);
      expect(results.best).toEqual([potager]);
    });

    it('lets a member change a named ballot until the closing, when the poll allows it', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Horaires',
        options: options('Matin', 'Soir'),
      });
      const [morning, evening] = poll.options.map((o) => o.id);
      await vote(residents[0], community.id, poll.id, { optionIds: [morning] });
      const changed = await vote(residents[0], community.id, poll.id, { optionIds: [evening] });
      expect(changed.data!.vote.myBallot!.optionIds).toEqual([evening]);
      const results = (await getPoll(staff, community.id, poll.id)).results!;
      expect([results.ballots, ...results.options.map((o) => o.count)]).toEqual([1, 0, 1]);
    });

    it('shows results after voting, or only after closing, as the poll says (the team always)', async () => {
      const afterVote = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Après le vote',
        options: options('a', 'b'),
        resultsVisibility: 'after_vote',
      });
      expect((await getPoll(residents[0], community.id, afterVote.id)).results).toBeNull();
      await vote(residents[0], community.id, afterVote.id, {
        optionIds: [afterVote.options[0].id],
      });
      expect((await getPoll(residents[0], community.id, afterVote.id)).results?.ballots).toBe(1);

      const afterClose = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Après la clôture',
        options: options('a', 'b'),
        resultsVisibility: 'after_close',
      });
      await vote(residents[0], community.id, afterClose.id, {
        optionIds: [afterClose.options[0].id],
      });
      expect((await getPoll(residents[0], community.id, afterClose.id)).results).toBeNull();
      expect((await getPoll(staff, community.id, afterClose.id)).results?.ballots).toBe(1);
      const CLOSE = `mutation($c: ID!, $p: ID!) { closePoll(communityId: $c, pollId: $p) { status } }`;
      expect((await staff.gql(CLOSE, { c: community.id, p: afterClose.id })).data).toEqual({
        closePoll: { status: 'closed' },
      });
      expect((await getPoll(residents[0], community.id, afterClose.id)).results?.ballots).toBe(1);
    });

    it('takes one ballot per household when the poll says so', async () => {
      const [{ id: household }] = await t.query<{ id: string }>(
        `INSERT INTO household (name) VALUES ('Foyer Test') RETURNING id`,
      );
      await t.query(
        `INSERT INTO household_member (household_id, kind, account_id) VALUES ($1, 'adult', $2), ($1, 'adult', $3)`,
        [household, residentIds[0], residentIds[1]],
      );
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Par foyer',
        options: options('a', 'b'),
        voters: 'households',
        ballotsChangeable: false,
      });
      await vote(residents[0], community.id, poll.id, { optionIds: [poll.options[0].id] });
      const second = await vote(residents[1], community.id, poll.id, {
        optionIds: [poll.options[1].id],
      });
      expect(second.errors?.[0].message).toBe(
        'Une personne de votre foyer a déjà voté à ce sondage : un seul vote par foyer.',
      );
      const view = await getPoll(residents[1], community.id, poll.id);
      expect([view.hasVoted, view.canVote]).toEqual([true, false]);
      // 8 members, two of them in one household: 7 possible ballots.
      expect((await getPoll(staff, community.id, poll.id)).results).toMatchObject({
        ballots: 1,
        eligible: 7,
      });
      await t.query(`DELETE FROM household WHERE id = $1`, [household]);
    });
  });

  describe('integrity', () => {
    it('counts exactly one ballot out of 50 sent at once by the same member', async () => {
      for (const ballotsChangeable of [false, true]) {
        const poll = await createPoll(staff, community.id, {
          kind: 'single',
          title: `Concurrence ${ballotsChangeable}`,
          options: options('a', 'b'),
          ballotsChangeable,
        });
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            vote(residents[2], community.id, poll.id, { optionIds: [poll.options[i % 2].id] }),
          ),
        );
        const ok = results.filter((r) => !r.errors).length;
        expect(ok).toBe(ballotsChangeable ? 50 : 1);
        const [{ ballots, participations }] = await t.query<{
          ballots: number;
          participations: number;
        }>(
          `SELECT (SELECT count(*)::int FROM poll_ballot WHERE poll_id = $1) AS ballots,
                  (SELECT count(*)::int FROM poll_participation WHERE poll_id = $1) AS participations`,
          [poll.id],
        );
        expect({ ballotsChangeable, ballots, participations }).toEqual({
          ballotsChangeable,
          ballots: 1,
          participations: 1,
        });
        if (!ballotsChangeable)
          expect(
            results
              .filter((r) => r.errors)
              .every((r) => r.errors![0].message === 'Vous avez déjà voté à ce sondage.'),
          ).toBe(true);
      }
    });

    it('stores anonymous ballots with nothing that leads back to the voter', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'ranked',
        title: 'Anonyme',
        anonymous: true,
        options: options('a', 'b', 'c'),
      });
      expect(poll.anonymous).toBe(true);
      for (const [i, client] of residents.entries())
        expect(
          (
            await vote(client, community.id, poll.id, {
              optionIds: [poll.options[i % 3].id, poll.options[(i + 1) % 3].id],
            })
          ).errors,
        ).toBeUndefined();
      // Every column of both ballot tables, as an administrator with database access sees them.
      const columns = await t.query<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name IN ('poll_ballot', 'poll_ballot_choice')
          ORDER BY table_name, ordinal_position`,
      );
      expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
        'poll_ballot.id',
        'poll_ballot.poll_id',
        'poll_ballot_choice.ballot_id',
        'poll_ballot_choice.poll_id',
        'poll_ballot_choice.option_id',
        'poll_ballot_choice.rank',
        'poll_ballot_choice.answer',
      ]);
      expect(columns.filter((c) => /time|date|serial|int8/.test(c.data_type))).toEqual([]);
      const ballots = await t.query<Record<string, unknown>>(
        `SELECT * FROM poll_ballot WHERE poll_id = $1`,
        [poll.id],
      );
      const choices = await t.query<Record<string, unknown>>(
        `SELECT * FROM poll_ballot_choice WHERE poll_id = $1`,
        [poll.id],
      );
      expect(ballots).toHaveLength(4);
      const voterTraces = [...residentIds];
      const participation = await t.query<Record<string, unknown>>(
        `SELECT * FROM poll_participation WHERE poll_id = $1`,
        [poll.id],
      );
      for (const p of participation)
        voterTraces.push(String(p['voter_key']), String(p['voted_at']));
      const values = [...ballots, ...choices].flatMap((row) => Object.values(row).map(String));
      expect(values.filter((v) => voterTraces.includes(v))).toEqual([]);
      // Not even PostgreSQL's system columns tie a ballot to a voter: every ballot carries the
      // transaction id of the latest vote (they are rewritten, shuffled, at each vote).
      const system = await t.query<{ ballot: string; votes: string[] }>(
        `SELECT DISTINCT b.xmin::text AS ballot,
                (SELECT array_agg(p.xmin::text) FROM poll_participation p WHERE p.poll_id = $1) AS votes
           FROM poll_ballot b WHERE b.poll_id = $1`,
        [poll.id],
      );
      expect(system).toHaveLength(1);
      expect(system[0].votes.filter((x) => x === system[0].ballot).length).toBeLessThanOrEqual(1);
      // Ballot ids are random (UUID version 4): their order says nothing of the voting order.
      for (const b of ballots) expect(String(b['id'])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
      // And the "has voted" rows hold no ballot.
      expect(participation.map((p) => p['ballot_id'])).toEqual([null, null, null, null]);
      // No ballot of an anonymous poll can be read back, nor changed.
      const view = await getPoll(residents[0], community.id, poll.id);
      expect([view.hasVoted, view.myBallot, view.canVote]).toEqual([true, null, false]);
      // Anonymity cannot be switched once someone voted: refused, and by the database too.
      const switched = await staff.gql(
        `mutation($c: ID!, $p: ID!) { updatePoll(communityId: $c, pollId: $p, input: { anonymous: false }) { anonymous } }`,
        { c: community.id, p: poll.id },
      );
      expect(switched.errors?.[0].message).toBe(
        'Des personnes ont déjà voté : le sondage ne peut plus passer de nominatif à anonyme, ni l’inverse.',
      );
      await expect(
        t.query(`UPDATE poll SET anonymous = false WHERE id = $1`, [poll.id]),
      ).rejects.toThrow(/foreign key/);
    });

    it('lets the team switch anonymity before the first ballot', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Avant',
        options: options('a', 'b'),
      });
      const res = await staff.gql<{
        updatePoll: { anonymous: boolean; ballotsChangeable: boolean };
      }>(
        `mutation($c: ID!, $p: ID!) { updatePoll(communityId: $c, pollId: $p, input: { anonymous: true }) { anonymous ballotsChangeable } }`,
        { c: community.id, p: poll.id },
      );
      expect(res.data!.updatePoll).toEqual({ anonymous: true, ballotsChangeable: false });
    });
  });

  describe('live results, closing, outcome, export and notifications', () => {
    it('tells the members following the community when results change', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'En direct',
        options: options('a', 'b'),
      });
      const watcher = await createMember(t, community, 'resident');
      const socket = await connectSocket(await t.listen(), await sessionCookie(t, watcher));
      sockets.push(socket);
      expect(await follow(socket, community.id)).toEqual({ ok: true });
      const heard = nextMessage(socket, 'polls:results');
      await vote(residents[0], community.id, poll.id, { optionIds: [poll.options[0].id] });
      expect(await heard).toEqual({ communityId: community.id, pollId: poll.id });
    });

    it('publishes the outcome on a closed poll only, and exports the results for the team', async () => {
      const poll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Le local',
        options: options('=1+1', 'Non'),
      });
      await vote(residents[0], community.id, poll.id, { optionIds: [poll.options[0].id] });
      const OUTCOME = `mutation($c: ID!, $p: ID!, $o: String!) { setPollOutcome(communityId: $c, pollId: $p, outcome: $o) { outcome } }`;
      const early = await staff.gql(OUTCOME, {
        c: community.id,
        p: poll.id,
        o: 'Nous ouvrons le local.',
      });
      expect(early.errors?.[0].message).toBe('La suite donnée se publie une fois le sondage clos.');
      await staff.gql(
        `mutation($c: ID!, $p: ID!) { closePoll(communityId: $c, pollId: $p) { id } }`,
        {
          c: community.id,
          p: poll.id,
        },
      );
      expect(
        (await staff.gql(OUTCOME, { c: community.id, p: poll.id, o: 'Nous ouvrons le local.' }))
          .data,
      ).toEqual({
        setPollOutcome: { outcome: 'Nous ouvrons le local.' },
      });
      expect((await getPoll(residents[1], community.id, poll.id)).outcome).toBe(
        'Nous ouvrons le local.',
      );

      const csv = await staff.http.get(`/api/polls/${community.id}/${poll.id}/results.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.text).toContain('"\'=1+1";"1";"100";"oui"');
      expect(
        (await residents[0].http.get(`/api/polls/${community.id}/${poll.id}/results.csv`)).status,
      ).toBe(404);
      expect(
        (await outsider.http.get(`/api/polls/${other.id}/${poll.id}/results.csv`)).status,
      ).toBe(404);
    });

    it('announces a new poll, reminds those who have not voted 24 hours before (emailed as each chose), then announces the results', async () => {
      const place = await createCommunity(t);
      const team = await logIn(t, await createMember(t, place, 'staff'));
      const voter = await createMember(t, place, 'resident');
      const idle = await createMember(t, place, 'resident');
      const quiet = await createMember(t, place, 'resident');
      await (
        await logIn(t, quiet)
      ).gql(
        `mutation { setNotificationPreference(kind: "poll_closing", channel: "never") { quietHoursStart } }`,
      );
      const poll = await createPoll(team, place.id, {
        kind: 'single',
        title: 'Rappel',
        options: options('a', 'b'),
        closesAt: parisLocal(30),
      });
      const kinds = async (accountId: string) =>
        (
          await t.query<{ kind: string }>(
            `SELECT kind FROM notification WHERE account_id = $1 AND community_id = $2 ORDER BY created_at, kind`,
            [accountId, place.id],
          )
        ).map((r) => r.kind);
      expect(await kinds(voter.id)).toEqual(['poll_opened']);
      await vote(await logIn(t, voter), place.id, poll.id, { optionIds: [poll.options[0].id] });
      await t.app.get(Jobs).runNow(POLL_NOTIFICATIONS_JOB);
      expect(await kinds(idle.id)).toEqual(['poll_opened']);
      await t.query(
        `UPDATE poll SET opens_at = now() - interval '1 day', closes_at = now() + interval '20 hours' WHERE id = $1`,
        [poll.id],
      );
      await t.app.get(Jobs).runNow(POLL_NOTIFICATIONS_JOB);
      await t.app.get(Jobs).runNow(POLL_NOTIFICATIONS_JOB);
      expect(await kinds(voter.id)).toEqual(['poll_opened']);
      expect(await kinds(idle.id)).toEqual(['poll_opened', 'poll_closing']);
      // In the app for everyone; by email only for those who did not say "never".
      const emails = await t.query<{ account_id: string; email: string }>(
        `SELECT account_id, email FROM notification WHERE kind = 'poll_closing' AND community_id = $1 AND account_id = ANY($2::uuid[]) ORDER BY account_id`,
        [place.id, [idle.id, quiet.id]],
      );
      expect(emails).toEqual(
        [
          { account_id: idle.id, email: 'queued' },
          { account_id: quiet.id, email: 'none' },
        ].sort((a, b) => a.account_id.localeCompare(b.account_id)),
      );
      await t.query(
        `UPDATE poll SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' WHERE id = $1`,
        [poll.id],
      );
      await t.app.get(Jobs).runNow(POLL_NOTIFICATIONS_JOB);
      expect(await kinds(idle.id)).toEqual(['poll_opened', 'poll_closing', 'poll_results']);
    });

    it('lets members report a resident’s poll; hidden, it disappears for the others', async () => {
      await t.query(`UPDATE community SET residents_may_create_polls = true WHERE id = $1`, [
        community.id,
      ]);
      const poll: PollView = await createPoll(residents[1], community.id, {
        kind: 'single',
        title: 'Sondage douteux',
        options: options('a', 'b'),
      });
      const REPORT = `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`;
      expect(
        (
          await residents[2].gql(REPORT, {
            c: community.id,
            i: { itemType: 'poll', itemId: poll.id, reason: 'spam' },
          })
        ).errors,
      ).toBeUndefined();
      const decided = await builder.gql(
        `mutation($c: ID!, $i: ModerationDecisionInput!) { moderate(communityId: $c, input: $i) { id } }`,
        {
          c: community.id,
          i: { itemType: 'poll', itemId: poll.id, action: 'hide', reason: 'Publicité.' },
        },
      );
      expect(decided.errors).toBeUndefined();
      const seen = await residents[2].gql(
        `query($c: ID!, $p: ID!) { poll(communityId: $c, pollId: $p) { id } }`,
        {
          c: community.id,
          p: poll.id,
        },
      );
      expect(seen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await getPoll(residents[1], community.id, poll.id)).hidden).toBe(true);
      // The team's own polls are not in the reporting path.
      const teamPoll = await createPoll(staff, community.id, {
        kind: 'single',
        title: 'Équipe',
        options: options('a', 'b'),
      });
      const refused = await residents[2].gql(REPORT, {
        c: community.id,
        i: { itemType: 'poll', itemId: teamPoll.id, reason: 'spam' },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
