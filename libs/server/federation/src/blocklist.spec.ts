import { isBlocked, signatureKeyId } from './blocklist';

describe('federation blocklist', () => {
  const list = ['spam.example', 'https://ok.example/ap/communities/troll'];

  it('blocks a domain and its subdomains, not look-alikes', () => {
    expect(isBlocked(list, 'https://spam.example/ap/communities/a')).toBe(true);
    expect(isBlocked(list, 'https://social.spam.example/users/x')).toBe(true);
    expect(isBlocked(list, 'https://notspam.example/users/x')).toBe(false);
  });

  it('blocks one actor by its URI (key fragments included), not its neighbours', () => {
    expect(isBlocked(list, 'https://ok.example/ap/communities/troll')).toBe(true);
    expect(isBlocked(list, 'https://OK.example/ap/communities/troll#main-key')).toBe(true);
    expect(isBlocked(list, 'https://ok.example/ap/communities/friend')).toBe(false);
  });

  it('blocks what is not a URL, and nothing when the list is empty', () => {
    expect(isBlocked(list, 'not a url')).toBe(true);
    expect(isBlocked([], 'https://spam.example/')).toBe(false);
  });

  it('reads the keyId of a Signature header', () => {
    expect(
      signatureKeyId('keyId="https://a.example/ap/x#main-key",headers="(request-target)"'),
    ).toBe('https://a.example/ap/x#main-key');
    expect(signatureKeyId(undefined)).toBeUndefined();
  });
});
