import { FileStorage } from '../storage/file-storage';
import { storePhoto } from './photo-upload';
import type { ProcessedPhoto } from './photo-processing';

class MemoryStorage extends FileStorage {
  readonly files = new Map<string, Uint8Array>();
  async put(key: string, content: Uint8Array) {
    this.files.set(key, content);
  }
  async get(key: string) {
    const bytes = this.files.get(key);
    return bytes ? Buffer.from(bytes) : null;
  }
  async delete(key: string) {
    this.files.delete(key);
  }
}

const photo: ProcessedPhoto = {
  large: { bytes: Buffer.from('large'), width: 2, height: 1 },
  thumb: { bytes: Buffer.from('thumb'), width: 1, height: 1 },
};

describe('storePhoto', () => {
  it('keeps both files when the row is recorded', async () => {
    const storage = new MemoryStorage();
    expect(await storePhoto(storage, ['p/large.webp', 'p/thumb.webp'], photo, async () => 7)).toBe(
      7,
    );
    expect([...storage.files.keys()]).toEqual(['p/large.webp', 'p/thumb.webp']);
  });

  it('removes both files again when recording fails, and passes the error on', async () => {
    const storage = new MemoryStorage();
    await expect(
      storePhoto(storage, ['p/large.webp', 'p/thumb.webp'], photo, async () => {
        throw new Error('no such offer');
      }),
    ).rejects.toThrow('no such offer');
    expect(storage.files.size).toBe(0);
  });
});
