import type { AdmissionMode, CommunityProfileInput } from '@palier/web-data-access';

/** The profile of a community as its form holds it: plain texts, as typed. */
export interface ProfileValues {
  name: string;
  presentation: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  logoUrl: string;
  languages: string[];
  admissionMode: AdmissionMode;
}

export type ProfileField = keyof ProfileValues;

/** The fields in the order of the form (and of its error summary). */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'name',
  'presentation',
  'streetAddress',
  'postalCode',
  'city',
  'phone',
  'email',
  'logoUrl',
  'languages',
  'admissionMode',
];

export interface ProfileProblem {
  field: string;
  code: string;
}

export const EMPTY_PROFILE: ProfileValues = {
  name: '',
  presentation: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  logoUrl: '',
  languages: ['fr'],
  admissionMode: 'approval',
};

export function profileFromCommunity(community: {
  name: string;
  presentation: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string | null;
  logoUrl: string | null;
  languages: readonly string[];
  admissionMode: AdmissionMode;
}): ProfileValues {
  return {
    name: community.name,
    presentation: community.presentation,
    streetAddress: community.streetAddress,
    postalCode: community.postalCode,
    city: community.city,
    phone: community.phone ?? '',
    email: community.email ?? '',
    logoUrl: community.logoUrl ?? '',
    languages: [...community.languages],
    admissionMode: community.admissionMode,
  };
}

const REQUIRED: readonly ProfileField[] = ['name', 'presentation', 'streetAddress', 'city'];

/**
 * What the browser can check before sending (the API checks everything again): required texts,
 * the shape of a postcode, a phone number, an email address and a logo address.
 */
export function checkProfile(values: ProfileValues): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const field of PROFILE_FIELDS) {
    const value = values[field];
    const text = typeof value === 'string' ? value.trim() : '';
    if (REQUIRED.includes(field) && !text) problems.push({ field, code: 'required' });
    if (field === 'postalCode' && !/^[0-9]{5}$/.test(text))
      problems.push({ field, code: text ? 'invalid_format' : 'required' });
    if (field === 'phone' && text && !/^\+?[0-9 .()-]{6,}$/.test(text))
      problems.push({ field, code: 'invalid_format' });
    if (field === 'email' && text && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text))
      problems.push({ field, code: 'invalid_email' });
    if (field === 'logoUrl' && text && !/^https:\/\/\S+$/.test(text) && !/^\/[^\s/]\S*$/.test(text))
      problems.push({ field, code: 'invalid_format' });
    if (field === 'languages' && values.languages.length === 0)
      problems.push({ field, code: 'required' });
  }
  return problems;
}

/** The profile as the API takes it: trimmed, empty optional fields sent as null. */
export function profileInput(
  values: ProfileValues,
): Omit<CommunityProfileInput, 'openingHours' | 'timeZone'> {
  const optional = (text: string) => text.trim() || null;
  return {
    name: values.name.trim(),
    presentation: values.presentation.trim(),
    streetAddress: values.streetAddress.trim(),
    postalCode: values.postalCode.trim(),
    city: values.city.trim(),
    phone: optional(values.phone),
    email: optional(values.email),
    logoUrl: optional(values.logoUrl),
    languages: ['fr', 'en', 'ar'].filter((l) => values.languages.includes(l)),
    admissionMode: values.admissionMode,
  };
}
