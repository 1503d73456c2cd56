import i18next, { type TFunction } from 'i18next';
import { resources } from '@palier/web-i18n';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { describeOpeningStatus, type OpeningStatusInput } from './opening-status';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'fr',
  resources: {
    fr: { ...resources.fr, identity: fr },
    en: { ...resources.en, identity: en },
    ar: { ...resources.ar, identity: ar },
  },
  initAsync: false,
  interpolation: { escapeValue: false },
});

const zone = 'Europe/Paris';
// Monday 23 November 2026, 10:00 in Paris.
const now = new Date('2026-11-23T09:00:00Z');

function text(status: Partial<OpeningStatusInput>, locale: 'fr' | 'en' | 'ar' = 'fr') {
  const t = i18n.getFixedT(locale, 'identity') as unknown as TFunction<'identity'>;
  const common = i18n.getFixedT(locale) as unknown as TFunction;
  const described = describeOpeningStatus(
    { isOpen: false, closesAt: null, nextOpeningAt: null, closureLabel: null, ...status },
    zone,
    locale,
    { t, common },
    now,
  );
  return (t as unknown as (key: string, values: object) => string)(described.key, described.values)
    .replace(/<\/?label>/g, '')
    .replace(/\s+/g, ' ');
}

describe('the opening status in words', () => {
  it('says until when it is open, in the community time zone', () => {
    expect(text({ isOpen: true, closesAt: '2026-11-23T17:00:00Z' })).toBe("Ouvert jusqu'à 18 h");
  });

  it('says when it opens again: today, tomorrow, a weekday, or a date', () => {
    expect(text({ nextOpeningAt: '2026-11-23T12:30:00Z' })).toBe(
      "Fermé, rouvre aujourd'hui à 13 h 30",
    );
    expect(text({ nextOpeningAt: '2026-11-24T08:00:00Z' })).toBe('Fermé, rouvre demain à 9 h');
    expect(text({ nextOpeningAt: '2026-11-27T08:00:00Z' })).toBe('Fermé, rouvre vendredi à 9 h');
    expect(text({ nextOpeningAt: '2026-12-07T12:30:00Z' })).toBe(
      'Fermé, rouvre le lundi 7 décembre à 13 h 30',
    );
  });

  it('names an exceptional closure of today', () => {
    expect(text({ closureLabel: 'Vacances de Noël', nextOpeningAt: '2026-11-30T12:30:00Z' })).toBe(
      "Fermé aujourd'hui : Vacances de Noël, rouvre le lundi 30 novembre à 13 h 30",
    );
    expect(text({ closureLabel: 'Travaux' })).toBe("Fermé aujourd'hui : Travaux");
    expect(text({})).toBe('Fermé pour le moment');
  });

  it('speaks English and Arabic with 24-hour times', () => {
    expect(text({ nextOpeningAt: '2026-11-24T08:00:00Z' }, 'en')).toBe(
      'Closed, opens again tomorrow at 9:00',
    );
    expect(text({ isOpen: true, closesAt: '2026-11-23T17:00:00Z' }, 'ar')).toBe('مفتوح حتى 18:00');
  });
});
