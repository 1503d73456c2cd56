import { CommunityModule } from '@palier/server-community';
import { collectResolvers } from './print-schema';

describe('collectResolvers', () => {
  it('finds the resolvers a feature module provides', () => {
    expect(collectResolvers([CommunityModule]).map((r) => r.name)).toEqual(['CommunityResolver']);
  });
});
