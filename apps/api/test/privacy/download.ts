import type { Client } from '../test-app';

/** Downloads a binary body with the client's cookie. */
export async function download(client: Client, path: string) {
  return client.http
    .get(path)
    .set('x-forwarded-for', client.ip)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
