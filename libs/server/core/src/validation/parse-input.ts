import { FIELD_CODES, type FieldCode, type FieldProblem } from '@palier/shared';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';

/** The French sentence for each field problem; the web app shows its own translation of the code. */
const FRENCH: Record<FieldCode, string> = {
  required: 'Ce champ est obligatoire.',
  too_short: 'Ce texte est trop court.',
  too_long: 'Ce texte est trop long.',
  invalid_email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
  invalid_format: 'Ce format n’est pas accepté.',
  out_of_range: 'Cette valeur n’est pas dans les limites permises.',
  common_password:
    'Ce mot de passe est trop connu : choisissez-en un autre, par exemple une phrase.',
  not_accepted: 'Vous devez accepter pour continuer.',
  taken: 'Cette valeur est déjà utilisée.',
  not_activated: 'Ce compte n’est pas encore activé : utilisez le code remis à l’accueil.',
};

export function fieldProblem(field: string, code: FieldCode): FieldProblem {
  return { field, code, message: FRENCH[code] };
}

/**
 * Validates an input with a shared schema (libs/shared); on failure, throws BAD_USER_INPUT with
 * one problem per field, each with a stable code and a French sentence.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const seen = new Set<string>();
  const fields: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'input';
    if (seen.has(field)) continue;
    seen.add(field);
    const code = (FIELD_CODES as readonly string[]).includes(issue.message)
      ? (issue.message as FieldCode)
      : issue.code === 'invalid_type' && issue.input === undefined
        ? 'required'
        : 'invalid_format';
    fields.push(fieldProblem(field, code));
  }
  throw AppError.badInput(fields);
}
