/** Who is calling. Every read and write of every subgraph is scoped by it. */
export type Role = "ORGANISME" | "REGION" | "CARIF" | "SERVICE";

export const ROLES: readonly Role[] = ["ORGANISME", "REGION", "CARIF", "SERVICE"];

export interface Caller {
  /** Account id (the token's subject). */
  compteId: string;
  identifiant: string;
  role: Role;
  /** The organisme an ORGANISME account acts for; null for every other role. */
  organismeId: number | null;
}

/** True when the caller may see the data of organisme `organismeId` (its own, or the Région's view of all). */
export function seesOrganisme(caller: Caller, organismeId: number): boolean {
  if (caller.role === "REGION" || caller.role === "SERVICE") return true;
  return caller.role === "ORGANISME" && caller.organismeId === organismeId;
}

/**
 * True when the caller may see the published offer of organisme `organismeId` (actions'
 * public fields, sessions): every role but another organisme.
 */
export function seesOffer(caller: Caller, organismeId: number): boolean {
  return caller.role !== "ORGANISME" || caller.organismeId === organismeId;
}

/**
 * The organisme filter to apply to a query for this caller: `null` means every organisme
 * (Région, service), a number one organisme; CARIF gets no personal or money data at all,
 * which callers check before asking for a scope.
 */
export function organismeScope(caller: Caller): number | null {
  return caller.role === "ORGANISME" ? caller.organismeId ?? -1 : null;
}
