import { Page, PropertyValue } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import { EXTENSION, readOffer } from './offers.federation';

const actor = 'https://a.exemple.fr/ap/communities/lilas';

function page(extension: Record<string, string>, name = 'Places de cinéma') {
  return new Page({
    id: new URL(`${actor}/offers/1`),
    attribution: new URL(actor),
    name,
    content: '<p>Séances &#38; <b>films</b></p><p>Suite</p>',
    endTime: Temporal.Instant.from('2030-01-01T12:00:00Z'),
    attachments: Object.entries(extension).map(
      ([key, value]) => new PropertyValue({ name: key, value }),
    ),
  });
}

const valid = {
  [EXTENSION.kind]: 'tickets',
  [EXTENSION.quantity]: '10',
  [EXTENSION.remaining]: '4',
  [EXTENSION.perMemberLimit]: '2',
};

describe('readOffer (a partner’s offer, checked against our limits)', () => {
  it('reads the texts as plain text and the extension as numbers', async () => {
    expect(await readOffer(page(valid), actor)).toMatchObject({
      objectUri: `${actor}/offers/1`,
      title: 'Places de cinéma',
      description: 'Séances & films\n\nSuite',
      kind: 'tickets',
      quantity: 10,
      remaining: 4,
      perMemberLimit: 2,
      expiresAt: new Date('2030-01-01T12:00:00Z'),
    });
  });

  it.each([
    { [EXTENSION.kind]: 'weapons' },
    { [EXTENSION.quantity]: '0' },
    { [EXTENSION.quantity]: '2.5' },
    { [EXTENSION.remaining]: '11' },
    { [EXTENSION.remaining]: '-1' },
    { [EXTENSION.perMemberLimit]: '11' },
    { [EXTENSION.perMemberLimit]: 'beaucoup' },
  ])('ignores an offer outside the limits (%o)', async (wrong) => {
    expect(await readOffer(page({ ...valid, ...wrong }), actor)).toBeNull();
  });

  it('ignores an offer without a title', async () => {
    expect(await readOffer(page(valid, '<b></b>'), actor)).toBeNull();
  });
});
