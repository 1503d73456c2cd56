import { startTestApp, TestApp } from '../test-app';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says the process is alive', async () => {
    const res = await t.http.get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('says it is ready when the database answers, on /health and /health/ready', async () => {
    for (const path of ['/health', '/health/ready']) {
      const res = await t.http.get(path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ready', checks: { database: 'up' } });
    }
  });

  it('gives every response a request id, reusing a well-formed one from a proxy', async () => {
    const made = await t.http.get('/health/live');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http.get('/health/live').set('X-Request-Id', 'proxy-42.a');
    expect(kept.headers['x-request-id']).toBe('proxy-42.a');
    const replaced = await t.http.get('/health/live').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health when the database is gone', () => {
  it('says unavailable (503) instead of hanging or crashing', async () => {
    const t = await startTestApp();
    try {
      const { DataSource } = await import('typeorm');
      await t.app.get(DataSource).destroy();
      const res = await t.http.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable', checks: { database: 'down' } });
    } finally {
      await t.app.close().catch(() => undefined);
    }
  });
});
