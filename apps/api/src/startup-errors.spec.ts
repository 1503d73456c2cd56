import { ConfigError, DatabaseUnreachableError } from '@palier/server-core';
import { explainStartupError } from './startup-errors';

describe('explainStartupError', () => {
  it('passes on the one-line message of configuration and database problems', () => {
    expect(explainStartupError(new ConfigError('Invalid configuration: PORT …'))).toBe(
      'Invalid configuration: PORT …',
    );
    expect(explainStartupError(new DatabaseUnreachableError('Cannot reach …'))).toBe(
      'Cannot reach …',
    );
  });

  it('explains a port already in use', () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    expect(explainStartupError(error, 3000)).toBe(
      'Port 3000 is already in use: stop the other program or set PORT to a free port.',
    );
  });

  it('leaves real bugs alone, so they keep their stack trace', () => {
    expect(explainStartupError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
