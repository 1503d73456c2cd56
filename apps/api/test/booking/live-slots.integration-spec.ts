import { createCommunity, createMember, logIn, sessionCookie } from '../factories';
import { connectSocket, follow, nextMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type TestApp } from '../test-app';
import { BOOK, createResource, createService, parisDate, parisTime } from './booking-fixtures';

describe('live slots: a booking or a cancellation reaches everyone browsing the service', () => {
  let t: TestApp;
  let socket: TestSocket;
  afterAll(async () => {
    socket?.disconnect();
    await t.close();
  });

  it('tells the sockets following the community which services changed', async () => {
    t = await startTestApp();
    const url = await t.listen();
    const community = await createCommunity(t);
    const admin = await logIn(t, await createMember(t, community, 'admin'));
    const service = await createService(admin, community, [await createResource(admin, community)]);
    const watcher = await createMember(t, community, 'resident');
    socket = await connectSocket(url, await sessionCookie(t, watcher));
    expect(await follow(socket, community.id)).toEqual({ ok: true });

    const booker = await logIn(t, await createMember(t, community, 'resident'));
    const booked = nextMessage(socket, 'booking:slots');
    const res = await booker.gql<{ bookAppointment: { appointment: { id: string } } }>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(parisDate(2), '09:00') },
    });
    expect(await booked).toEqual({ communityId: community.id, serviceIds: [service.id] });

    const freed = nextMessage(socket, 'booking:slots');
    await booker.gql(
      `mutation($c: ID!, $id: ID!) { cancelAppointment(communityId: $c, id: $id) { id } }`,
      { c: community.id, id: res.data!.bookAppointment.appointment.id },
    );
    expect(await freed).toEqual({ communityId: community.id, serviceIds: [service.id] });
  });
});
