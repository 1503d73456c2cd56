import { LIMITS } from '@palier/shared';
import { startTestApp, TestApp } from '../test-app';

describe('GraphQL transport', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a public query', async () => {
    const res = await t.gql('{ communities { id slug name } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data?.['communities'])).toBe(true);
  });

  it('maps a not-found to a stable code and a French message, without a stack trace', async () => {
    const res = await t.gql('query($slug: String!) { community(slug: $slug) { id } }', {
      slug: 'x'.repeat(10_000),
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(res.errors?.[0].message).toBe('Nous ne connaissons pas cette communauté.');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at \w+ \(/i);
  });

  it('refuses a malformed query as bad input', async () => {
    const res = await t.gql('{ communities { ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown field as bad input', async () => {
    const res = await t.gql('{ communities { password } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses variables that do not fit the schema as bad input, not as a server error', async () => {
    const res = await t.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { id } }`, {
      i: { displayName: 'Lina', email: 'lina@exemple.fr', password: 'une longue phrase' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('over15');
  });

  it('refuses a query more complex than the limit', async () => {
    const copies = Math.ceil(LIMITS.graphqlMaxComplexity / 10) + 5;
    const fields = Array.from(
      { length: copies },
      (_, i) =>
        `c${i}: communities { id slug name city phone email timeZone streetAddress presentation postalCode }`,
    );
    const res = await t.gql(`{ ${fields.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('protects against cross-site request forgery (simple requests are refused)', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ communities { id } }' }));
    expect(res.status).toBe(400);
  });

  it('sets security headers (CSP, no sniffing, no framing)', async () => {
    const res = await t.http.get('/health/live');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
