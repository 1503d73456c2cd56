import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema, schemaText } from '../../src/cli/print-schema';
import { startTestApp, TestApp } from '../test-app';

const committed = () => readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');

describe('the committed schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is exactly the schema the running API serves (run `npm run schema` when it differs)', () => {
    expect(schemaText(t.app.get(GraphQLSchemaHost).schema)).toBe(committed());
  });

  it('is what the schema printer writes', async () => {
    expect(await printSchema()).toBe(committed());
  });
});
