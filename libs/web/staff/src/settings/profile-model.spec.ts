import { checkProfile, EMPTY_PROFILE, profileInput } from './profile-model';

const valid = {
  ...EMPTY_PROFILE,
  name: 'Centre social Les Tilleuls',
  presentation: 'Un lieu pour tous les habitants.',
  streetAddress: '3 rue des Tilleuls',
  postalCode: '93420',
  city: 'Villepinte',
};

describe('community profile form', () => {
  it('accepts a complete profile', () => {
    expect(checkProfile(valid)).toEqual([]);
  });

  it('names each missing or malformed field, in the order of the form', () => {
    expect(
      checkProfile({ ...EMPTY_PROFILE, postalCode: '934', phone: 'abc', languages: [] }),
    ).toEqual([
      { field: 'name', code: 'required' },
      { field: 'presentation', code: 'required' },
      { field: 'streetAddress', code: 'required' },
      { field: 'postalCode', code: 'invalid_format' },
      { field: 'city', code: 'required' },
      { field: 'phone', code: 'invalid_format' },
      { field: 'languages', code: 'required' },
    ]);
    expect(checkProfile({ ...valid, logoUrl: 'http://example.org/logo.png' })).toEqual([
      { field: 'logoUrl', code: 'invalid_format' },
    ]);
    expect(checkProfile({ ...valid, logoUrl: '/logos/tilleuls.png' })).toEqual([]);
  });

  it('sends empty optional fields as null and keeps the languages in order', () => {
    expect(profileInput({ ...valid, phone: '  ', languages: ['ar', 'fr'] })).toMatchObject({
      phone: null,
      email: null,
      logoUrl: null,
      languages: ['fr', 'ar'],
    });
  });
});
