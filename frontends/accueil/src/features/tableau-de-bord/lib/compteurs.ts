import type { StatutAction } from "../../../gql/graphql";

/**
 * The chart's bars from the server's totals: every action the caller sees, and those execution
 * has as running, closed or not opened; the rest are waiting (an action never written on has no
 * execution record). `null` totals (execution not answering) count as zero.
 */
export function compterParStatut(totaux: { toutes: number; EC: number | null; CLOTUREE: number | null; NON_OUVERTE: number | null }): Record<StatutAction, number> {
  const EC = totaux.EC ?? 0;
  const CLOTUREE = totaux.CLOTUREE ?? 0;
  const NON_OUVERTE = totaux.NON_OUVERTE ?? 0;
  return { AO: Math.max(0, totaux.toutes - EC - CLOTUREE - NON_OUVERTE), EC, CLOTUREE, NON_OUVERTE };
}
