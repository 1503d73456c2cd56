/**
 * Passwords that appear at the top of the public lists of breached passwords (and French
 * favourites). A password on this list is refused even when long enough. Compared lower-case.
 */
export const COMMON_PASSWORDS = new Set(
  `
123456789012 1234567890 12345678910 0123456789 1111111111 0000000000 1234512345 9876543210
azertyuiop azertyuiop1 azerty1234 azerty12345 azertyazerty qwertyuiop qwerty1234 qwerty12345
qwertyqwerty motdepasse motdepasse1 motdepasse123 motdepasse2024 motdepasse2025 motdepasse2026
password12 password123 password1234 passw0rd123 password2024 password2025 password2026
iloveyou12 jetaime1234 jetaime123 jetaimetoi soleil1234 doudou1234 chouchou12 loulou1234
marseille13 parisparis paris75000 football12 football123 liverpool1 chocolat12 princesse1
bonjour123 bonjour1234 bienvenue1 bienvenue123 welcome123 welcome1234 letmein123 admin12345
administrator administrateur abcdefghij abcdef1234 abc1234567 aaaaaaaaaa 1q2w3e4r5t 1qaz2wsx3edc
zaq12wsxcde 123qweasd 123456789a a123456789 123456789q palier1234 palierpalier centresocial
centresocial1 communaute1 0987654321 1122334455 5555555555 7777777777 123123123123 112233445566
`
    .split(/\s+/)
    .filter(Boolean),
);

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // One character repeated, or a run of consecutive digits, is as weak as the list.
  return (
    /^(.)\1+$/.test(lower) ||
    '01234567890123456789'.includes(lower) ||
    '98765432109876543210'.includes(lower)
  );
}
