import { durationInWords as duration, sizeInWords as size } from './words';

/** Intl puts a no-break space between number and unit (good on screen); compare with spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const durationInWords = (...args: Parameters<typeof duration>) => plain(duration(...args));
const sizeInWords = (...args: Parameters<typeof size>) => plain(size(...args));

describe('durationInWords', () => {
  it('says a period in years, months or days, whichever is exact', () => {
    expect(durationInWords(730, 'fr')).toBe('2 ans');
    expect(durationInWords(365, 'fr')).toBe('1 an');
    expect(durationInWords(180, 'fr')).toBe('6 mois');
    expect(durationInWords(30, 'fr')).toBe('30 jours');
    expect(durationInWords(1, 'fr')).toBe('1 jour');
    expect(durationInWords(400, 'fr')).toBe('400 jours');
  });

  it('speaks the reader’s language', () => {
    expect(durationInWords(730, 'en')).toBe('2 years');
    expect(durationInWords(180, 'en')).toBe('6 months');
    expect(durationInWords(180, 'ar')).toContain('6');
  });
});

describe('sizeInWords', () => {
  it('gives kilobytes, then megabytes', () => {
    expect(sizeInWords(12_345, 'fr')).toBe('12 ko');
    expect(sizeInWords(80, 'fr')).toBe('1 ko');
    expect(sizeInWords(1_500_000, 'fr')).toBe('1,5 Mo');
    expect(sizeInWords(12_345, 'en')).toBe('12 kB');
  });
});
