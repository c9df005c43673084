declare const documentTypes: unique symbol;

/**
 * A GraphQL document that carries, for the compiler only, the shape of its answer and of its
 * variables. At run time it is the plain query string the API receives.
 */
export type TypedDocument<TData, TVariables extends object = Record<string, never>> = string & {
  readonly [documentTypes]?: { data: TData; variables: TVariables };
};

/**
 * Declares a document's types once, beside its text (see the `*.documents.ts` files). The text
 * is sent on one line: runs of whitespace collapse, so values belong in variables, not literals.
 */
export function graphql<TData, TVariables extends object = Record<string, never>>(
  source: string,
): TypedDocument<TData, TVariables> {
  return source.replace(/\s+/g, ' ').trim() as TypedDocument<TData, TVariables>;
}
