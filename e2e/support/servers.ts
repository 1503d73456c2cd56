/** The e2e servers: the main one, and one without grace period for journeys that end an account. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4317);
export const ERASURE_PORT = E2E_PORT + 1;
export const ERASURE_SERVER = `http://127.0.0.1:${ERASURE_PORT}`;
