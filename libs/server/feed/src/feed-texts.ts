/** Problems of a photo upload, in French (the web app shows its own translation of the code). */
export const PHOTO_PROBLEMS = {
  not_an_image: 'Ce fichier n’est pas une photo que nous savons lire (JPEG, PNG, WebP).',
  format: 'Ce format n’est pas accepté : envoyez une photo JPEG, PNG ou WebP.',
  too_large: 'Cette photo est trop grande (en pixels) : réduisez-la puis réessayez.',
  heic_unreadable:
    'Cette photo HEIC ne peut pas être lue ici : sur iPhone, choisissez « Le plus compatible » dans Réglages > Appareil photo > Formats, ou envoyez-la en JPEG.',
  too_heavy: 'Cette photo pèse trop lourd (15 Mo au plus).',
  missing: 'Choisissez une photo à envoyer.',
} as const;
