import { mentionIdsIn, withMention } from './mentions';

const awa = { accountId: 'a', displayName: 'Awa Diallo' };
const karim = { accountId: 'k', displayName: 'Karim B.' };

describe('mentions in a text', () => {
  it('adds "@Name " on a word boundary', () => {
    expect(withMention('', awa)).toBe('@Awa Diallo ');
    expect(withMention('Merci', awa)).toBe('Merci @Awa Diallo ');
    expect(withMention('Merci ', awa)).toBe('Merci @Awa Diallo ');
  });

  it('keeps only the members still named in the text, once each', () => {
    const text = withMention(withMention('Bravo', awa), awa);
    expect(mentionIdsIn(text, [awa, awa, karim])).toEqual(['a']);
    expect(mentionIdsIn('Bravo à tous', [awa])).toEqual([]);
  });
});
