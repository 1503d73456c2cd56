import { appointmentDateInWords } from './appointment-dates';

describe('appointmentDateInWords', () => {
  it('says the date and time in words in the community’s zone', () => {
    expect(appointmentDateInWords('2026-03-10T08:30:00Z', 'fr', 'Europe/Paris')).toBe(
      'mardi 10 mars à 9 h 30',
    );
    expect(appointmentDateInWords('2026-07-07T07:00:00Z', 'fr', 'Europe/Paris')).toBe(
      'mardi 7 juillet à 9 h',
    );
    expect(appointmentDateInWords('2026-03-10T08:30:00Z', 'en', 'Europe/Paris')).toBe(
      'Tuesday 10 March at 9:30',
    );
    expect(appointmentDateInWords('2026-03-10T08:30:00Z', 'ar', 'Europe/Paris')).toMatch(
      /^الثلاثاء 10 .+ الساعة 9:30$/,
    );
  });
});
