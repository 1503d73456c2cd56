/** A plain link to the address on OpenStreetMap (an ordinary web page, no map loaded here). */
export function mapUrl(place: { streetAddress: string; postalCode: string; city: string }): string {
  const address = `${place.streetAddress}, ${place.postalCode} ${place.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** "01 43 83 00 12" → "tel:0143830012". */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
