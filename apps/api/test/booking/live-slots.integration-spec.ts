import { createCommunity, createMember, logIn, sessionCookie } from '../factories';
import { connectSocket, follow, nextMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type TestApp } from '../test-app';
import { BOOK, createResource, createService, parisDate, parisTime } from './booking-fixtures';

describe('live slots: a booking or a cancellation reaches everyone browsing the service', () => {
  let t: TestApp;
  let socket: TestSocket;
  let bookerSocket: TestSocket;
  afterAll(async () => {
    socket?.disconnect();
    bookerSocket?.disconnect();
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

    const bookerAccount = await createMember(t, community, 'resident');
    const booker = await logIn(t, bookerAccount);
    // The booker hears their notifications: the test ends only once they are all delivered.
    bookerSocket = await connectSocket(url, await sessionCookie(t, bookerAccount));
    const booked = nextMessage(socket, 'booking:slots');
    const bookedNotice = nextMessage(bookerSocket, 'notification:new');
    const res = await booker.gql<{ bookAppointment: { appointment: { id: string } } }>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(parisDate(2), '09:00') },
    });
    expect(await booked).toEqual({ communityId: community.id, serviceIds: [service.id] });
    expect((await bookedNotice).notification.kind).toBe('appointment_booked');

    const freed = nextMessage(socket, 'booking:slots');
    const cancelledNotice = nextMessage(bookerSocket, 'notification:new');
    await booker.gql(
      `mutation($c: ID!, $id: ID!) { cancelAppointment(communityId: $c, id: $id) { id } }`,
      { c: community.id, id: res.data!.bookAppointment.appointment.id },
    );
    expect(await freed).toEqual({ communityId: community.id, serviceIds: [service.id] });
    expect((await cancelledNotice).notification.kind).toBe('appointment_cancelled');
  });
});
