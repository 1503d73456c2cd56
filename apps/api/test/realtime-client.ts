import type { ClientToServerEvents, ServerToClientEvents } from '@palier/shared';
import { io, type Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client as the browser makes it (same cookie), connected. */
export async function connectSocket(baseUrl: string, cookie?: string): Promise<TestSocket> {
  const socket: TestSocket = io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** The next message of this name, or a failure after `ms`. */
export function nextMessage<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  ms = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    socket.once(
      event as never,
      ((payload: never) => {
        clearTimeout(timer);
        resolve(payload);
      }) as never,
    );
  });
}

/** Resolves true if no message of this name arrives within `ms`. */
export function noMessage(
  socket: TestSocket,
  event: keyof ServerToClientEvents,
  ms = 600,
): Promise<boolean> {
  return new Promise((resolve) => {
    const handler = () => resolve(false);
    socket.once(event as never, handler as never);
    setTimeout(() => {
      socket.off(event as never, handler as never);
      resolve(true);
    }, ms);
  });
}

export function follow(socket: TestSocket, communityId: unknown) {
  return new Promise((resolve) => socket.emit('community:follow', communityId as string, resolve));
}
