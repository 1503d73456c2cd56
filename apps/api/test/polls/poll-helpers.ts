import { DateTime } from 'luxon';
import type { Client } from '../test-app';

/** A local date-time in Paris, `hours` from now (minutes rounded), as the creation form sends it. */
export function parisLocal(hours: number): string {
  return DateTime.now()
    .setZone('Europe/Paris')
    .plus({ hours })
    .set({ second: 0, millisecond: 0 })
    .toFormat("yyyy-MM-dd'T'HH:mm");
}

export const POLL_FIELDS = `id kind title status anonymous voters resultsVisibility ballotsChangeable
  hasVoted canVote canManage ballots outcome hidden createdByName
  options { id label startsAt }
  myBallot { optionIds answers { optionId answer } }
  results { ballots eligible participationPercent best
    options { optionId count percent yes maybe no best }
    rounds { counts { optionId votes } continuing exhausted eliminated } }`;

export interface PollView {
  id: string;
  kind: string;
  title: string;
  status: string;
  anonymous: boolean;
  hasVoted: boolean;
  canVote: boolean;
  canManage: boolean;
  ballots: number;
  outcome: string | null;
  hidden: boolean;
  options: { id: string; label: string; startsAt: string | null }[];
  myBallot: { optionIds: string[]; answers: { optionId: string; answer: string }[] } | null;
  results: {
    ballots: number;
    eligible: number;
    participationPercent: number;
    best: string[];
    options: {
      optionId: string;
      count: number;
      percent: number;
      yes: number;
      maybe: number;
      no: number;
      best: boolean;
    }[];
    rounds: {
      counts: { optionId: string; votes: number }[];
      continuing: number;
      exhausted: number;
      eliminated: string[];
    }[];
  } | null;
}

export const CREATE_POLL = `mutation($c: ID!, $i: CreatePollInput!) { createPoll(communityId: $c, input: $i) { ${POLL_FIELDS} } }`;
export const VOTE = `mutation($c: ID!, $p: ID!, $b: PollBallotInput!) { vote(communityId: $c, pollId: $p, ballot: $b) { ${POLL_FIELDS} } }`;
export const GET_POLL = `query($c: ID!, $p: ID!) { poll(communityId: $c, pollId: $p) { ${POLL_FIELDS} } }`;

export async function createPoll(
  client: Client,
  communityId: string,
  input: Record<string, unknown>,
): Promise<PollView> {
  const res = await client.gql<{ createPoll: PollView }>(CREATE_POLL, {
    c: communityId,
    i: { closesAt: parisLocal(48), ...input },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createPoll;
}

export function vote(
  client: Client,
  communityId: string,
  pollId: string,
  ballot: Record<string, unknown>,
) {
  return client.gql<{ vote: PollView }>(VOTE, { c: communityId, p: pollId, b: ballot });
}

export async function getPoll(
  client: Client,
  communityId: string,
  pollId: string,
): Promise<PollView> {
  const res = await client.gql<{ poll: PollView }>(GET_POLL, { c: communityId, p: pollId });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.poll;
}
