import { Directive, Field, ObjectType } from "type-graphql";
import { badInput } from "../errors/errors.js";

/** Opaque cursor: the sort key of the last row seen, base64url JSON. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((v) => typeof v === "string" || typeof v === "number")) return key;
  } catch {
    // fall through
  }
  throw badInput("Curseur de pagination invalide.", "apres");
}

/** Page size asked for, bounded: 1…max (default `fallback`). */
export function pageSize(first: number | null | undefined, fallback = 20, max = 100): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`Le nombre d'éléments par page doit être compris entre 1 et ${max}.`, "premiers");
  return first;
}

@Directive("@shareable")
@ObjectType({ description: "Position dans une liste paginée par curseur." })
export class PageInfo {
  @Field({ description: "Vrai s'il reste des éléments après cette page." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Curseur à passer en « apres » pour la page suivante." })
  endCursor: string | null;
}

/** Cuts `rows` (fetched with limit size + 1) into a page and its PageInfo. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => (string | number)[]): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(keyOf(last)) : null } };
}
