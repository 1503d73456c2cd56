import {
  ConfigError,
  DatabaseUnreachableError,
  EmbeddedDatabaseLockedError,
} from '@palier/server-core';

/**
 * The one-line explanation of a start-up failure an operator can fix, or undefined for a bug
 * (which keeps its stack trace).
 */
export function explainStartupError(error: unknown, port?: number): string | undefined {
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof EmbeddedDatabaseLockedError
  ) {
    return error.message;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use: stop the other program or set PORT to a free port.`;
  if (code === 'EACCES')
    return `Not allowed to listen on port ${port}: choose a port above 1024 with PORT.`;
  if (code === 'EADDRNOTAVAIL')
    return 'HOST is not an address of this machine: use 127.0.0.1 or 0.0.0.0.';
  return undefined;
}

/** Prints the explanation and exits, or rethrows a real bug. */
export function failStartup(error: unknown, port?: number): never {
  const line = explainStartupError(error, port);
  if (!line) throw error;
  process.stderr.write(`Palier cannot start. ${line}\n`);
  process.exit(1);
}
