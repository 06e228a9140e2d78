import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../context/context.js";
import { forbidden, unauthenticated } from "../errors/errors.js";
import type { Caller, Role } from "./caller.js";

/** Marks a root field any visitor may call (login, forgotten password): `@Extensions(PUBLIC)`. */
export const PUBLIC = { public: true } as const;

/** The caller, or UNAUTHENTICATED. */
export function requireCaller(ctx: RequestContext): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}

/** The caller if it has one of `roles`, or FORBIDDEN. */
export function requireRole(ctx: RequestContext, ...roles: Role[]): Caller {
  const caller = requireCaller(ctx);
  if (!roles.includes(caller.role)) throw forbidden();
  return caller;
}

/** `@Authorized("REGION", …)` on a field or mutation: the caller must hold one of the roles. */
export const roleAuthChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const caller = requireCaller(context);
  if (roles.length > 0 && !roles.includes(caller.role)) throw forbidden();
  return true;
};

/** Root fields marked `@Extensions(PUBLIC)` in a type-graphql schema ("Mutation.connexion"…). */
export function publicRootFields(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.extensions?.public) names.add(`${type!.name}.${field.name}`);
    }
  }
  return names;
}

/**
 * Default deny on the final subgraph schema: every root field — type-graphql's and the
 * `_entities` / `_service` that @apollo/subgraph adds — needs a verified caller, except the
 * few marked PUBLIC (login, forgotten password). A direct call to a subgraph without a token
 * gets nothing.
 */
export function guardRootFields(schema: GraphQLSchema, publicFields: Set<string>): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (publicFields.has(`${type!.name}.${field.name}`)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        if (!context?.caller) throw unauthenticated();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
