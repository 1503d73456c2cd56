import type { CommunityDto } from '../dto/community.dto';
import { AdmissionModeEnum, CommunityKindEnum } from '../community.enums';
import { renderSasSnapshot, statusLine } from './render-sas-snapshot';

const community: CommunityDto = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'la-passerelle',
  name: 'Centre social <La Passerelle>',
  kind: CommunityKindEnum.social_centre,
  presentation: 'Bienvenue !',
  streetAddress: '12 allée des Tilleuls',
  postalCode: '93420',
  city: 'Villepinte',
  phone: '01 43 83 00 12',
  email: 'accueil@exemple.fr',
  timeZone: 'Europe/Paris',
  openingHours: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
  admissionMode: AdmissionModeEnum.approval,
  languages: ['fr'],
  logoUrl: null,
};

describe('the sas snapshot', () => {
  const monday10 = new Date('2025-01-13T09:00:00Z');

  it('says until when it is open, in the community time zone', () => {
    const status = {
      isOpen: true,
      closesAt: new Date('2025-01-13T17:00:00Z'),
      nextOpeningAt: null,
      closureLabel: null,
    };
    expect(statusLine(status, 'Europe/Paris', 'fr', monday10)).toBe('Ouvert jusqu’à 18 h');
    expect(statusLine(status, 'Europe/Paris', 'en', monday10)).toBe('Open until 18:00');
  });

  it('says when it reopens, in words', () => {
    const closed = (next: string, label: string | null = null) => ({
      isOpen: false,
      closesAt: null,
      nextOpeningAt: new Date(next),
      closureLabel: label,
    });
    expect(statusLine(closed('2025-01-13T12:30:00Z'), 'Europe/Paris', 'fr', monday10)).toBe(
      'Fermé, rouvre aujourd’hui à 13 h 30',
    );
    expect(statusLine(closed('2025-01-14T08:00:00Z'), 'Europe/Paris', 'fr', monday10)).toBe(
      'Fermé, rouvre demain à 9 h',
    );
    expect(statusLine(closed('2025-01-17T08:00:00Z'), 'Europe/Paris', 'fr', monday10)).toBe(
      'Fermé, rouvre vendredi à 9 h',
    );
    expect(
      statusLine(closed('2025-01-27T08:00:00Z', 'Travaux'), 'Europe/Paris', 'fr', monday10),
    ).toBe('Fermé aujourd’hui : Travaux. Fermé, rouvre lundi 27 janvier à 9 h');
  });

  it('escapes what comes from the database and keeps the page direction', () => {
    const html = renderSasSnapshot({
      community,
      status: { isOpen: false, closesAt: null, nextOpeningAt: null, closureLabel: null },
      news: [{ id: 'n', title: '<script>alert(1)</script>', body: 'x', publishedAt: monday10 }],
      locale: 'ar',
      now: monday10,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Centre social &lt;La Passerelle&gt;');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('href="tel:0143830012"');
    expect(html).toContain('href="/c/la-passerelle/rejoindre"');
  });
});
