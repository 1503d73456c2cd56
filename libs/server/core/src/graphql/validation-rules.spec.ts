import { LIMITS } from '@palier/shared';
import { buildSchema, parse, validate } from 'graphql';
import { graphqlValidationRules } from './validation-rules';

const schema = buildSchema(`
  type Person { name: String! friend: Person }
  type Query { me: Person }
`);

function queryOfDepth(depth: number): string {
  let selection = 'name';
  for (let i = 1; i < depth; i++) selection = `friend { ${selection} }`;
  return `{ me { ${selection} } }`;
}

describe('GraphQL validation rules', () => {
  it('accepts a query at the depth limit', () => {
    const errors = validate(
      schema,
      parse(queryOfDepth(LIMITS.graphqlMaxDepth - 1)),
      graphqlValidationRules(),
    );
    expect(errors).toEqual([]);
  });

  it('refuses a query deeper than the limit', () => {
    const errors = validate(
      schema,
      parse(queryOfDepth(LIMITS.graphqlMaxDepth + 3)),
      graphqlValidationRules(),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/exceeds maximum operation depth of 10/);
  });
});
