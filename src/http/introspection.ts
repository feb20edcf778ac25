/**
 * Introspection off (`GRAPHQL_INTROSPECTION=false`): a validation rule refusing `__schema`
 * and `__type` (and any field of the introspection types), code INTROSPECTION_DISABLED.
 * `__typename` stays allowed: clients need it and it tells nothing about the schema.
 */
import { getNamedType, GraphQLError, isIntrospectionType, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        new GraphQLError(`Introspection is turned off on this server; "${node.name.value}" cannot be queried.`, {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
