import { useMutation } from '@apollo/client/react';
import {
  UpdateCommunityDocument,
  type CommunityProfileInput,
  type CommunitySettingsFieldsFragment,
} from '@palier/web-data-access';
import { useCallback } from 'react';
import { profileFromCommunity, profileInput } from './profile-model';

/**
 * The API saves the profile and the opening hours together: each section sends its own part with
 * the other part as it is now on the server.
 */
export function useUpdateCommunity(community: CommunitySettingsFieldsFragment) {
  const [update, { loading }] = useMutation(UpdateCommunityDocument);
  const save = useCallback(
    (change: Partial<CommunityProfileInput>) =>
      update({
        variables: {
          communityId: community.id,
          input: {
            ...profileInput(profileFromCommunity(community)),
            openingHours: community.openingHours.map(({ weekday, opens, closes }) => ({
              weekday,
              opens,
              closes,
            })),
            timeZone: community.timeZone,
            ...change,
          },
        },
      }),
    [community, update],
  );
  return { save, saving: loading };
}
