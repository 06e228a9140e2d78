import { GraphQLError } from "graphql";

/**
 * Codes a client may branch on. Every refusal carries one in `extensions.code`
 * and a French message a user understands.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "SERVICE_UNAVAILABLE";

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
  }
}

export const badInput = (message: string, champ?: string): DomainError =>
  new DomainError("BAD_USER_INPUT", message, champ ? { champ } : {});

export const conflict = (message: string): DomainError => new DomainError("CONFLICT", message);

export const notFound = (message: string): DomainError => new DomainError("NOT_FOUND", message);

export const forbidden = (message = "Vous n'avez pas accès à cette ressource."): DomainError =>
  new DomainError("FORBIDDEN", message);

export const unauthenticated = (message = "Vous devez être identifié."): DomainError =>
  new DomainError("UNAUTHENTICATED", message);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
