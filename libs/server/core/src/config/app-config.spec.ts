import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with sensible defaults on a bare machine (embedded database, demo content)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      databasePoolSize: 10,
      logLevel: 'warn',
      demoContent: true,
      trustProxy: false,
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('logs each request in production, only warnings in development, unless LOG_LEVEL says', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('does not seed demo content in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoContent).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_CONTENT: 'true' }).demoContent).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it.each([
    [
      { PORT: 'abc' },
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc").',
    ],
    [
      { PORT: '70000' },
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "70000").',
    ],
    [
      { PORT: '3000.5' },
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "3000.5").',
    ],
    [
      { DATABASE_URL: 'mysql://db/palier' },
      'Invalid configuration: DATABASE_URL must be a URL like postgres://user:password@host:5432/database (got "mysql://db/palier").',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud").',
    ],
    [
      { DEMO_CONTENT: 'maybe' },
      'Invalid configuration: DEMO_CONTENT must be true or false (got "maybe").',
    ],
    [
      { NODE_ENV: 'production', FEDERATION_ALLOW_PRIVATE_HOSTS: 'true' },
      'Invalid configuration: FEDERATION_ALLOW_PRIVATE_HOSTS is for tests on loopback only, never in production.',
    ],
    [
      { PUBLIC_URL: 'palier.fr' },
      'Invalid configuration: PUBLIC_URL must be an absolute URL such as https://palier.example.org (got "palier.fr").',
    ],
  ])('stops with one line naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('federation never fetches private addresses by default; the blocklist is a list', () => {
    expect(loadConfig({}).federationAllowPrivateHosts).toBe(false);
    expect(
      loadConfig({ FEDERATION_BLOCKLIST: 'Spam.example, https://x.example/ap/communities/a' })
        .federationBlocklist,
    ).toEqual(['spam.example', 'https://x.example/ap/communities/a']);
  });

  it('drops a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://palier.example.org/' }).publicUrl).toBe(
      'https://palier.example.org',
    );
  });
});
