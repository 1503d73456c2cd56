/** Limits shared by validation on both sides. */
export const LIMITS = {
  /** Deepest GraphQL selection the API accepts. */
  graphqlMaxDepth: 10,
  /** Highest GraphQL query complexity the API accepts (one point per field, lists weigh more). */
  graphqlMaxComplexity: 1000,
  communityNameMax: 120,
  slugMax: 60,
} as const;
