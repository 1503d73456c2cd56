import sharp from 'sharp';
import { processPhoto, PhotoRefused } from './photo-processing';
import { jpegWithGps, pngHeaderOnly, polyglotJpegHtml } from '../testing';

const refused = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e) => (e instanceof PhotoRefused ? e.problem : `crashed: ${e}`),
  );

describe('processPhoto', () => {
  it('re-encodes to WebP at 1600 and 400 px, turned upright, with no metadata left', async () => {
    const input = await jpegWithGps(2400, 1800);
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.exif?.includes('Secret Phone')).toBe(true);
    const { large, thumb } = await processPhoto(input);
    // Orientation 6 = rotated 90°: the output is portrait.
    expect([large.width, large.height]).toEqual([1200, 1600]);
    expect([thumb.width, thumb.height]).toEqual([300, 400]);
    for (const out of [large, thumb]) {
      const meta = await sharp(out.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(out.bytes.includes('Secret Phone')).toBe(false);
      expect(out.bytes.includes('PhoneMaker')).toBe(false);
    }
  });

  it('keeps small photos small', async () => {
    const input = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#123456' },
    })
      .png()
      .toBuffer();
    const { large } = await processPhoto(input);
    expect([large.width, large.height]).toEqual([300, 200]);
  });

  it('refuses what is not a photo, an SVG, a GIF, and a decompression bomb, from the header', async () => {
    expect(await refused(processPhoto(Buffer.from('<html><script>alert(1)</script></html>')))).toBe(
      'not_an_image',
    );
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(await refused(processPhoto(svg))).toBe('format');
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    expect(await refused(processPhoto(gif))).toBe('format');
    // 20000 × 20000 px: a small file, 1.6 GB once decoded.
    const bomb = pngHeaderOnly(20000, 20000);
    expect(await refused(processPhoto(bomb))).toBe('too_large');
  });

  it('refuses a polyglot (a JPEG followed by HTML and script)', async () => {
    expect(await refused(processPhoto(await polyglotJpegHtml()))).toBe('not_an_image');
  });

  it('accepts a phone’s motion photo (a video after the JPEG) and keeps only the picture', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0a0' } })
      .jpeg()
      .toBuffer();
    const video = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypmp42'),
      Buffer.alloc(4096, 7),
    ]);
    const { large } = await processPhoto(Buffer.concat([jpeg, video]));
    expect(large.bytes.includes('ftypmp42')).toBe(false);
  });

  it('refuses a truncated JPEG', async () => {
    const input = await jpegWithGps();
    expect(await refused(processPhoto(input.subarray(0, input.length / 2)))).toBe('not_an_image');
  });
});
