import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { BREAK, DocumentNode, GraphQLError, GraphQLSchema, ValidationRule, visit } from 'graphql';
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
 * What was worked out about one parsed document: whether it asks for introspection, and its cost
 * per operation name and variables (undefined where the variables do not fit the operation).
 * Apollo keeps one parsed document per distinct query text, so a client repeating its query finds
 * it here: walking the document for both on every request was 5-6% of a loaded API's CPU.
 */
interface DocumentFacts {
  introspection: boolean;
  costs: Map<string, number | undefined>;
}

/** Costs kept per document, the oldest dropped first; longer keys (large variables) are not kept. */
const COSTS_PER_DOCUMENT = 64;
const MAX_COST_KEY_LENGTH = 2048;

/**
 * Cost (graphql-query-complexity) and introspection, checked once the operation is known and
 * before anything executes.
 */
export function requestLimitsPlugin(options: RequestLimitsOptions): ApolloServerPlugin {
  // Per schema too: a document is only ever checked against the schema it was validated with.
  const factsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentFacts>>();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
      return {
        async didResolveOperation({ request, document, contextValue, schema }) {
          let documents = factsBySchema.get(schema);
          if (!documents) factsBySchema.set(schema, (documents = new WeakMap()));
          let facts = documents.get(document);
          if (!facts) documents.set(document, (facts = { introspection: asksForIntrospection(document), costs: new Map() }));
          if (!options.anonymousIntrospection && facts.introspection && !(await options.isSignedIn(contextValue))) {
            throw new GraphQLError('Sign in first: the schema is described to signed-in users only', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          const operationName = request.operationName ?? undefined;
          const variables = request.variables ?? {};
          const key = JSON.stringify([operationName ?? null, variables]);
          let cost = facts.costs.get(key);
          if (!facts.costs.has(key)) {
            try {
              cost = getComplexity({ schema, query: document, operationName, variables, estimators: [fieldExtensionsEstimator(), queryCostEstimator] });
            } catch {
              // Variables that do not fit the operation: execution refuses them next, with BAD_USER_INPUT,
              // before any resolver runs.
              cost = undefined;
            }
            if (key.length <= MAX_COST_KEY_LENGTH) {
              if (facts.costs.size >= COSTS_PER_DOCUMENT) facts.costs.delete(facts.costs.keys().next().value as string);
              facts.costs.set(key, cost);
            }
          }
          if (cost === undefined) return;
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
