import type { INestApplicationContext } from '@nestjs/common';
import { CommunityService } from '@palier/server-community';
import { DEMO_COMMUNITIES } from './demo-communities';

/** Puts the demo content in place; running it again changes nothing. Returns what it created. */
export async function seedDemo(app: INestApplicationContext): Promise<string[]> {
  const communities = app.get(CommunityService);
  const created: string[] = [];
  for (const community of DEMO_COMMUNITIES) {
    if (await communities.createIfMissing(community)) created.push(community.name);
  }
  return created;
}
