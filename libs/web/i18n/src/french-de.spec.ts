import i18next from 'i18next';
import { addFrenchDe, frenchDe } from './french-de';

describe('frenchDe', () => {
  it('elides before a vowel, contracts Le and Les, keeps "de" otherwise', () => {
    expect(frenchDe('Awa')).toBe('d’Awa');
    expect(frenchDe('Éloïse Martin')).toBe('d’Éloïse Martin');
    expect(frenchDe('Espace de vie sociale Le Trait d’Union')).toBe(
      'd’Espace de vie sociale Le Trait d’Union',
    );
    expect(frenchDe('Le Trait d’Union')).toBe('du Trait d’Union');
    expect(frenchDe('Les Tilleuls')).toBe('des Tilleuls');
    expect(frenchDe('La Passerelle')).toBe('de La Passerelle');
    expect(frenchDe('Mamadou Diallo')).toBe('de Mamadou Diallo');
    expect(frenchDe('Hamid')).toBe('de Hamid');
  });

  it('is the "de" format of the French texts only', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'fr',
      resources: {},
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    addFrenchDe(i18n);
    expect(i18n.t('x', { defaultValue: 'Le compte {{name, de}}', name: 'Awa' })).toBe(
      'Le compte d’Awa',
    );
    void i18n.changeLanguage('en');
    expect(i18n.t('x', { defaultValue: 'Account of {{name, de}}', name: 'Awa' })).toBe(
      'Account of Awa',
    );
  });
});
