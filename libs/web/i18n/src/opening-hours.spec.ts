import i18next from 'i18next';
import { describeOpeningWeek } from './opening-hours';
import { resources } from './resources';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'fr', resources, initAsync: false, interpolation: { escapeValue: false } });
const plain = (text: string) => text.replace(/\s+/g, ' ');

const periods = [
  { weekday: 2, opens: '13:30', closes: '18:00' },
  { weekday: 1, opens: '13:30', closes: '18:00' },
  { weekday: 2, opens: '09:00', closes: '12:30' },
];

describe('describeOpeningWeek', () => {
  it('says each day in French words, with French times and closed days', () => {
    const week = describeOpeningWeek(periods, 'fr', i18n.t).map((day) => plain(day.text));
    expect(week).toEqual([
      'lundi : de 13 h 30 à 18 h',
      'mardi : de 9 h à 12 h 30 et de 13 h 30 à 18 h',
      'mercredi : fermé',
      'jeudi : fermé',
      'vendredi : fermé',
      'samedi : fermé',
      'dimanche : fermé',
    ]);
  });

  it('uses 24-hour times in English and Arabic, never AM/PM', () => {
    const english = describeOpeningWeek(periods, 'en', i18n.t);
    expect(english[0]?.text).toBe('Monday: from 13:30 to 18:00');
    const arabic = describeOpeningWeek(periods, 'ar', i18n.t);
    expect(arabic[0]?.text).toBe('الاثنين: من 13:30 إلى 18:00');
    expect(arabic[6]?.text).toBe('الأحد: مغلق');
  });
});
