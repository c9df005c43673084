import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { BREAK, DocumentNode, GraphQLError, ValidationRule, visit } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * How much one GraphQL request may ask for. Every limit is checked before any resolver runs, and a
 * request over one is refused with QUERY_TOO_COMPLEX (docs/security.md). The numbers leave the
 * admin UI's largest request (the audit page's every-register-as-at) well inside them.
 */
export const REQUEST_LIMITS = {
  /** Tokens in the document: bounds the parser's work on a request of any shape. */
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  /** The cost budget of one request (see queryCostEstimator). */
  maxCost: 1000,
} as const;

/**
 * What a field costs. Folding registers as at an instant is the expensive work: every register at
 * once costs most, any field asked `asOf` costs a fold; everything else costs 1 plus its children.
 * A resolver may also declare its own cost with `complexity` on its decorator (field extensions).
 */
export const QUERY_COSTS = { registersAsOf: 250, asOf: 60, field: 1 } as const;

const queryCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name === 'registersAsOf') return QUERY_COSTS.registersAsOf + childComplexity;
  if (args?.['asOf'] !== undefined && args?.['asOf'] !== null) return QUERY_COSTS.asOf + childComplexity;
  return QUERY_COSTS.field + childComplexity;
};

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Armor reports its refusals as QUERY_TOO_COMPLEX with a message that names the limit. */
const reportTooComplex: GraphQLArmorRejectCallback = (context, error) => {
  context?.reportError(tooComplex(`This request asks for more than one request may: ${error.message.replace(/^Syntax Error: /, '')}`));
};

/** GraphQL Armor's depth, alias and directive limits (validation rules) and its field-suggestion mask. */
export function armorProtection(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const refusal = { exposeLimits: true, propagateOnRejection: false, onReject: [reportTooComplex] };
  const { plugins, validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    // Tokens are limited by graphql-js's own parser (parseOptions.maxTokens), and cost below with
    // per-field weights, which Armor's cost rule has no way to express.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refusal },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, ...refusal },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives, ...refusal },
  }).protect();
  return { plugins, validationRules };
}

const asksForIntrospection = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
};

export interface RequestLimitsOptions {
  /** Whether the request carries a valid sign-in token (introspection is for signed-in callers). */
  isSignedIn: (context: BaseContext) => Promise<boolean>;
  /** Development convenience: let anonymous callers introspect the schema. */
  anonymousIntrospection?: boolean;
}

/**
 * Cost (graphql-query-complexity) and introspection, checked once the operation is known and
 * before anything executes.
 */
export function requestLimitsPlugin(options: RequestLimitsOptions): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
      return {
        async didResolveOperation({ request, document, contextValue, schema }) {
          if (!options.anonymousIntrospection && asksForIntrospection(document) && !(await options.isSignedIn(contextValue))) {
            throw new GraphQLError('Sign in first: the schema is described to signed-in users only', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), queryCostEstimator],
            });
          } catch {
            // Variables that do not fit the operation: execution refuses them next, with BAD_USER_INPUT,
            // before any resolver runs.
            return;
          }
          if (cost > REQUEST_LIMITS.maxCost) {
            throw tooComplex(
              `This request would cost ${cost} and one request may cost at most ${REQUEST_LIMITS.maxCost} (every register as at an instant costs ${QUERY_COSTS.registersAsOf}, any other field asked asOf ${QUERY_COSTS.asOf}): split it into smaller requests`,
            );
          }
        },
      };
    },
  };
}

/** graphql-js's parser stops past maxTokens with this message; it is a complexity refusal, not a typo. */
export const isTokenLimitError = (message: string): boolean => /Document contains more tha[nt] \d+ tokens/.test(message);
