import { useQuery } from '@apollo/client/react';
import { BookingCommunityDocument } from '@palier/web-data-access';

/** The community's name, address and time zone (for dates and the confirmation). */
export function useBookingCommunity(slug: string) {
  const { data } = useQuery(BookingCommunityDocument, { variables: { slug } });
  const c = data?.community;
  return c
    ? {
        ...c,
        address: `${c.streetAddress}, ${c.postalCode} ${c.city}`,
      }
    : null;
}
