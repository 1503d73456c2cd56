/** Jest global teardown: drops the run's database. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__PALIER_TEST_DATABASE__?.drop();
}
