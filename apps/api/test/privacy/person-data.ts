import { randomUUID } from 'node:crypto';
import { CatalogueService } from '@palier/server-booking';
import { NotificationsService } from '@palier/server-notifications';
import sharp from 'sharp';
import { createPost, uploadPhoto } from '../feed/feed-helpers';
import {
  ADD_COMMENT,
  CHANGE_STATUS,
  SUPPORT,
  submitIdea,
  uploadIdeaPhoto,
} from '../ideas/ideas-helpers';
import { createPoll, vote } from '../polls/poll-helpers';
import { DateTime } from 'luxon';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { offerInput, partner, PUBLISH } from '../sharing/sharing-fixtures';
import type { Client, TestApp } from '../test-app';

/** The person whose data the contract test exports and erases, and a witness who stays. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  client: Client;
}

export interface Scene {
  t: TestApp;
  community: TestCommunity;
  person: Person;
  witness: Person;
}

/** How one module puts the person's data in: returns texts the export must contain. */
export type PersonDataFixture = (scene: Scene) => Promise<string[]>;

async function ok(res: Promise<{ errors?: unknown[] }>): Promise<void> {
  const { errors } = await res;
  if (errors) throw new Error(JSON.stringify(errors));
}

export async function member(
  t: TestApp,
  community: TestCommunity,
  role: 'resident' | 'staff' | 'admin',
  displayName: string,
): Promise<Person> {
  const account = await createMember(t, community, role, displayName);
  return {
    id: account.id,
    email: account.email!,
    displayName,
    client: await logIn(t, account),
  };
}

/**
 * One fixture per module with personal data. A module that registers privacy hooks without a
 * fixture here fails the contract test: its data must be created, exported and erased there.
 */
export const PERSON_DATA: Record<string, PersonDataFixture> = {
  sharing: async ({ t, person, witness, community }) => {
    // A works council partnered with the person's centre offers tickets; both members claim.
    const cse = await createCommunity(t, { kind: 'partner_organisation' });
    await partner(t, cse, community);
    const cseStaff = await member(t, cse, 'staff', 'Gestion du CSE');
    const offer = await cseStaff.client.gql<{ publishOffer: { id: string } }>(PUBLISH, {
      c: cse.id,
      i: offerInput({ title: 'Billets du contrat' }),
    });
    for (const who of [person, witness])
      await ok(
        who.client.gql(
          `mutation($c: ID!, $i: ClaimInput!) { claimOffer(communityId: $c, input: $i) { canClaim } }`,
          {
            c: community.id,
            i: { offerId: offer.data!.publishOffer.id, quantity: 1, shareConsent: true },
          },
        ),
      );
    // The person, as staff of the centre, publishes an offer to the works council.
    await ok(
      person.client.gql(PUBLISH, { c: community.id, i: offerInput({ title: 'Offre du contrat' }) }),
    );
    return ['Billets du contrat', 'Offre du contrat', person.email];
  },

  booking: async ({ t, person, witness, community }) => {
    const catalogue = t.app.get(CatalogueService);
    const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      starts: '09:00',
      ends: '12:00',
    }));
    const resourceId = await catalogue.saveResource(community.id, null, {
      name: 'Conseillère du contrat',
      kind: 'partner',
      rules,
    });
    const service = await catalogue.saveService(community.id, null, {
      name: 'Permanence du contrat',
      durationMinutes: 30,
      resourceIds: [resourceId],
    });
    const day = DateTime.now().setZone('Europe/Paris').plus({ days: 3 }).toISODate();
    const at = (time: string) =>
      DateTime.fromISO(`${day}T${time}`, { zone: 'Europe/Paris' }).toUTC().toISO();
    await ok(
      person.client.gql(
        `mutation($c: ID!, $i: BookAppointmentInput!) { bookAppointment(communityId: $c, input: $i) { appointment { id } } }`,
        {
          c: community.id,
          i: {
            serviceId: service.id,
            startsAt: at('09:00'),
            note: 'Note du rendez-vous du contrat',
          },
        },
      ),
    );
    // The person (as staff) books at the desk for the witness.
    await ok(
      person.client.gql(
        `mutation($c: ID!, $r: ID!, $i: BookAppointmentInput!) { bookAppointmentAtDesk(communityId: $c, residentAccountId: $r,
           input: $i, consent: { residentPresent: true, residentAgrees: true }) { appointment { id } } }`,
        { c: community.id, r: witness.id, i: { serviceId: service.id, startsAt: at('10:00') } },
      ),
    );
    return ['Permanence du contrat', 'Note du rendez-vous du contrat'];
  },

  community: async ({ person, community }) => {
    await ok(
      person.client.gql(
        `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "Fête des voisins du contrat", body: "Apportez un plat." }) { id } }`,
        { c: community.id },
      ),
    );
    return ['Fête des voisins du contrat'];
  },

  identity: async ({ person, witness, community }) => {
    await ok(
      person.client.gql(`mutation { createHousehold(input: { name: "Foyer du contrat" }) { id } }`),
    );
    await ok(
      person.client.gql(
        `mutation { addChild(input: { firstName: "Enfantducontrat", birthYear: 2018 }) { id } }`,
      ),
    );
    // The person acts at the desk for the witness (as staff), and the witness for the person.
    for (const [staff, resident] of [
      [person, witness],
      [witness, person],
    ]) {
      await ok(
        staff.client.gql(
          `mutation($c: ID!, $a: ID!) { reissueActivationCode(communityId: $c, accountId: $a,
             consent: { residentPresent: true, residentAgrees: true }) { code } }`,
          { c: community.id, a: resident.id },
        ),
      );
    }
    return [
      person.displayName,
      person.email,
      'Foyer du contrat',
      'Enfantducontrat',
      'activation_code_reissued',
    ];
  },

  notifications: async ({ t, person, community }) => {
    await ok(
      person.client.gql(
        `mutation { setNotificationPreference(kind: "membership_decided", channel: "weekly") { quietHoursStart } }`,
      ),
    );
    await t.app.get(NotificationsService).notify({
      accountIds: [person.id],
      communityId: community.id,
      kind: 'membership_decided',
      data: { community: community.name, admitted: 'true', message: 'Message du contrat' },
      link: `/c/${community.slug}/espace`,
    });
    return ['Message du contrat', 'weekly'];
  },

  feed: async ({ t, person, witness, community }) => {
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#cc6633' },
    })
      .jpeg()
      .toBuffer();
    const upload = await uploadPhoto(t, person.client, community.id, photo);
    await createPost(person.client, community.id, {
      body: 'Publication du contrat : la fête du jardin',
      photos: [{ id: upload.body.id, alt: 'Le jardin partagé' }],
    });
    const theirs = await createPost(witness.client, community.id, { body: 'Post du témoin' });
    await ok(
      person.client.gql(
        `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "Commentaire du contrat" }) { id } }`,
        { c: community.id, p: theirs.id },
      ),
    );
    await ok(
      person.client.gql(
        `mutation($c: ID!, $p: ID!) { react(communityId: $c, postId: $p, reaction: thanks) { id } }`,
        { c: community.id, p: theirs.id },
      ),
    );
    await ok(
      person.client.gql(
        `mutation($c: ID!, $a: ID!) { muteMember(communityId: $c, accountId: $a, muted: true) { displayName } }`,
        { c: community.id, a: witness.id },
      ),
    );
    return [
      'Publication du contrat : la fête du jardin',
      'Commentaire du contrat',
      'thanks',
      'fichiers/',
    ];
  },

  federation: async ({ t, person, community }) => {
    // A public post of the person, as sent to the community's fediverse followers.
    const post = await createPost(person.client, community.id, {
      body: 'Annonce publique du contrat : vide-grenier',
      visibility: 'public',
    });
    await t.query(
      `INSERT INTO federation_announced (post_id, community_id, author_account_id, digest)
       VALUES ($1, $2, $3, 'contrat')`,
      [post.id, community.id, person.id],
    );
    return ['Annonce publique du contrat : vide-grenier'];
  },

  ideas: async ({ person, witness, community }) => {
    const mine = await submitIdea(person.client, community.id, {
      title: 'Idée du contrat : un composteur',
      description: 'Description de l’idée du contrat',
    });
    await ok(witness.client.gql(SUPPORT, { c: community.id, id: mine.id, s: true }));
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#3366cc' },
    })
      .jpeg()
      .toBuffer();
    const sent = await uploadIdeaPhoto(
      person.client,
      community.id,
      mine.id,
      photo,
      'Le composteur',
    );
    if (sent.status !== 201)
      throw new Error(`idea photo: ${sent.status} ${JSON.stringify(sent.body)}`);
    const theirs = await submitIdea(witness.client, community.id, { title: 'Idée du témoin' });
    const duplicate = await submitIdea(witness.client, community.id, {
      title: 'Doublon du témoin',
    });
    for (const id of [theirs.id, duplicate.id])
      await ok(person.client.gql(SUPPORT, { c: community.id, id, s: true }));
    // The person (staff) answers the witness's idea.
    await ok(
      person.client.gql(CHANGE_STATUS, {
        c: community.id,
        id: theirs.id,
        i: { status: 'under_study', answer: 'Réponse du contrat' },
      }),
    );
    await ok(
      person.client.gql(ADD_COMMENT, {
        c: community.id,
        id: theirs.id,
        i: { body: 'Commentaire d’idée du contrat' },
      }),
    );
    return [
      'Idée du contrat : un composteur',
      'Commentaire d’idée du contrat',
      'Idée du témoin',
      'fichiers/idee-',
    ];
  },

  moderation: async ({ person, witness, community }) => {
    const theirs = await createPost(witness.client, community.id, { body: 'Post signalé' });
    await ok(
      person.client.gql(
        `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`,
        {
          c: community.id,
          i: {
            itemType: 'post',
            itemId: theirs.id,
            reason: 'spam',
            details: 'Signalement du contrat',
          },
        },
      ),
    );
    return ['Signalement du contrat'];
  },

  polls: async ({ person, witness, community }) => {
    const named = await createPoll(person.client, community.id, {
      kind: 'single',
      title: 'Sondage nominatif du contrat',
      options: [{ label: 'Réponse du contrat' }, { label: 'Autre réponse' }],
    });
    const secret = await createPoll(witness.client, community.id, {
      kind: 'single',
      title: 'Sondage anonyme du contrat',
      anonymous: true,
      options: [{ label: 'Secret A' }, { label: 'Secret B' }],
    });
    for (const voter of [person, witness]) {
      await ok(vote(voter.client, community.id, named.id, { optionIds: [named.options[0].id] }));
      await ok(vote(voter.client, community.id, secret.id, { optionIds: [secret.options[1].id] }));
    }
    return ['Sondage nominatif du contrat', 'Réponse du contrat', 'Sondage anonyme du contrat'];
  },

  privacy: async ({ person, witness, community }) => {
    // The witness (staff) opens the person's file; the person (staff) opens the witness's.
    for (const [staff, resident] of [
      [witness, person],
      [person, witness],
    ]) {
      await ok(
        staff.client.gql(
          `query($c: ID!, $a: ID!) { residentFile(communityId: $c, accountId: $a, reason: visit) { displayName } }`,
          { c: community.id, a: resident.id },
        ),
      );
    }
    await ok(
      person.client.gql(
        `mutation($c: ID!) { setOptionalConsent(communityId: $c, kind: "photo_public", granted: true) { communityId } }`,
        { c: community.id },
      ),
    );
    return ['Accueil de la personne', 'photo_public'];
  },

  // After identity's fixture: the person's household and child exist.
  activities: async ({ person, witness, community }) => {
    // The person (staff) creates an activity, registers themselves and their child, the witness
    // registers too, and the person takes the attendance (with a walk-in).
    const categories = await person.client.gql<{ activityCategories: { id: string }[] }>(
      `query($c: ID!) { activityCategories(communityId: $c) { id } }`,
      { c: community.id },
    );
    const saved = await person.client.gql<{ saveActivity: string }>(
      `mutation($c: ID!, $i: ActivityInput!) { saveActivity(communityId: $c, input: $i) }`,
      {
        c: community.id,
        i: {
          title: 'Atelier du contrat',
          categoryId: categories.data!.activityCategories[0].id,
          visibility: 'members',
          capacityMode: 'session',
        },
      },
    );
    const activityId = saved.data!.saveActivity;
    const session = await person.client.gql<{ addActivitySession: string }>(
      `mutation($c: ID!, $a: ID!, $i: SessionInput!) { addActivitySession(communityId: $c, activityId: $a, input: $i) }`,
      {
        c: community.id,
        a: activityId,
        i: {
          date: DateTime.now().setZone('Europe/Paris').plus({ days: 5 }).toISODate(),
          starts: '10:00',
          ends: '11:00',
          capacity: 10,
        },
      },
    );
    const sessionId = session.data!.addActivitySession;
    const household = await person.client.gql<{
      me: { household: { members: { id: string; name: string }[] } };
    }>(`{ me { household { members { id name } } } }`);
    const child = household.data!.me.household.members.find((m) => m.name === 'Enfantducontrat')!;
    const register = (who: Person, input: object) =>
      who.client.gql<{ registerForActivity: { registrations: { id: string }[] } }>(
        `mutation($c: ID!, $i: RegistrationInput!) { registerForActivity(communityId: $c, input: $i) { registrations { id } } }`,
        { c: community.id, i: { activityId, sessionId, ...input } },
      );
    const mine = await register(person, { includeSelf: true, memberIds: [child.id] });
    const theirs = await register(witness, { includeSelf: true });
    const marks = [
      ...mine.data!.registerForActivity.registrations,
      ...theirs.data!.registerForActivity.registrations,
    ].map((r) => ({
      clientMarkId: randomUUID(),
      sessionId,
      registrationId: r.id,
      status: 'present',
      markedAt: new Date().toISOString(),
    }));
    marks.push({
      clientMarkId: randomUUID(),
      sessionId,
      walkInKey: randomUUID(),
      walkInName: 'Passant du contrat',
      status: 'present',
      markedAt: new Date().toISOString(),
    } as never);
    await ok(
      person.client.gql(
        `mutation($c: ID!, $m: [AttendanceMarkInput!]!) { markAttendance(communityId: $c, marks: $m) }`,
        { c: community.id, m: marks },
      ),
    );
    return ['Atelier du contrat', 'Enfantducontrat'];
  },
};

/** Counts that must not change when the person is erased: kept contributions, others' data. */
export const AGGREGATES: Record<string, (scene: Scene) => [string, unknown[]]> = {
  'units claimed from partners by the community’s members (kept without identity)': ({
    community,
  }) => [
    `SELECT coalesce(sum(quantity), 0)::int AS n FROM sharing_claim WHERE claimant_community_id = $1`,
    [community.id],
  ],
  'attendance marks of the community (kept without identity)': ({ community }) => [
    `SELECT count(*)::int AS n FROM activity_attendance WHERE community_id = $1 AND status = 'present'`,
    [community.id],
  ],
  'registrations of the witness': ({ witness }) => [
    `SELECT count(*)::int AS n FROM activity_registration WHERE participant_account_id = $1 AND status = 'confirmed'`,
    [witness.id],
  ],
  'appointments of the community (kept without identity)': ({ community }) => [
    `SELECT count(*)::int AS n FROM appointment WHERE community_id = $1`,
    [community.id],
  ],
  'appointments of the witness': ({ witness }) => [
    `SELECT count(*)::int AS n FROM appointment WHERE resident_account_id = $1 AND status = 'confirmed'`,
    [witness.id],
  ],
  'news of the community': ({ community }) => [
    `SELECT count(*)::int AS n FROM community_news WHERE community_id = $1`,
    [community.id],
  ],
  'other members': ({ community, person }) => [
    `SELECT count(*)::int AS n FROM membership WHERE community_id = $1 AND account_id <> $2`,
    [community.id, person.id],
  ],
  'desk actions for the witness': ({ witness }) => [
    `SELECT count(*)::int AS n FROM desk_action WHERE resident_account_id = $1`,
    [witness.id],
  ],
  'comments and reactions on the witness’s posts (kept without name)': ({ witness }) => [
    `SELECT (SELECT count(*) FROM feed_comment c JOIN feed_post p ON p.id = c.post_id WHERE p.author_account_id = $1)::int
          + (SELECT count(*) FROM feed_reaction r JOIN feed_post p ON p.id = r.post_id WHERE p.author_account_id = $1)::int AS n`,
    [witness.id],
  ],
  'supports of the witness’s ideas (kept without identity)': ({ witness }) => [
    `SELECT count(*)::int AS n FROM idea_support s JOIN idea i ON i.id = s.idea_id WHERE i.author_account_id = $1`,
    [witness.id],
  ],
  'ideas of the community (the person’s kept without author)': ({ community }) => [
    `SELECT count(*)::int AS n FROM idea WHERE community_id = $1`,
    [community.id],
  ],
  'reports on the witness’s posts': ({ witness }) => [
    `SELECT count(*)::int AS n FROM moderation_report r JOIN feed_post p ON p.id::text = r.item_id::text WHERE p.author_account_id = $1`,
    [witness.id],
  ],
  'ballots and participations in the community’s polls (kept without identity)': ({
    community,
  }) => [
    `SELECT (SELECT count(*) FROM poll_ballot b JOIN poll p ON p.id = b.poll_id WHERE p.community_id = $1)::int
          + (SELECT count(*) FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id WHERE p.community_id = $1)::int
          + (SELECT count(*) FROM poll WHERE community_id = $1)::int AS n`,
    [community.id],
  ],
  'accesses to the witness’s file': ({ witness }) => [
    `SELECT count(*)::int AS n FROM access_log WHERE subject_account_id = $1`,
    [witness.id],
  ],
};
