import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk-storage';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'palier-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads and deletes bytes; deleting twice is fine', async () => {
    await storage.put('photos/abc/large.webp', new Uint8Array([1, 2, 3]));
    expect([...((await storage.get('photos/abc/large.webp')) ?? [])]).toEqual([1, 2, 3]);
    await storage.delete('photos/abc/large.webp');
    await storage.delete('photos/abc/large.webp');
    expect(await storage.get('photos/abc/large.webp')).toBeNull();
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'photos/../../x', 'a//b', 'A/B', ''])
      await expect(storage.put(key, new Uint8Array())).rejects.toThrow('Invalid storage key');
  });
});
