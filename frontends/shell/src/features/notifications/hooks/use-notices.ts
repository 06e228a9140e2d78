import { useQuery } from "@apollo/client/react";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { ecouterNotices, type Notice } from "@sigma/ui-kit/lib/notices";
import { useEffect, useMemo, useState } from "react";
import { graphql } from "../../../gql/gql";
import type { RoleCompte } from "../../../gql/graphql";
import { noticesDesActions } from "../lib/notices-actions";

const noticesActionsQuery = graphql(/* GraphQL */ `
  query NoticesActions {
    actions {
      id
      statut
      dateFinPrevue
    }
  }
`);

/** A source of notices for the connected account: a hook, so it may query the graph. */
export type SourceNotices = (role: RoleCompte) => Notice[];

/** From what the graph gives today: the organisme's actions to open and to close. */
export const useNoticesActions: SourceNotices = (role) => {
  const { data } = useQuery(noticesActionsQuery, { skip: role !== "ORGANISME" });
  return useMemo(() => (data ? noticesDesActions(data.actions, aujourdhuiParis()) : []), [data]);
};

/**
 * PLUG POINT — the Région's decisions, for an organisme: each invoice validated, rejected (with
 * its motif) or paid, each modification request validated or refused, since the last visit.
 * Returns [] until finance and catalogue expose those decisions; then query them here (one
 * operation beside this hook) and map each to a Notice { id: "decision-<type>-<id>", niveau:
 * "succes" | "alerte", texte: « Facture Septembre 2022 - Novembre 2022 rejetée : <motif> »,
 * lien: { chemin: "/facturation", … }, source: "region" }.
 */
export const useDecisionsRegion: SourceNotices = () => [];

/**
 * PLUG POINT — deadlines: the monthly declarations to confirm before the 15th of the next month
 * (seed 001 § 3.5.1) and the invoices to emit. Returns [] until execution and finance expose
 * the declarations' and invoices' states; then map each open one to a Notice { niveau:
 * "echeance", texte: « Déclaration d'octobre 2026 à confirmer avant le 15/11/2026 », … }.
 */
export const useEcheances: SourceNotices = () => [];

/** Every source, plus what the micro-frontends publish (publierNotice), newest last; dismissed ones hidden. */
export function useNotices(role: RoleCompte): { notices: Notice[]; masquer: (id: string) => void } {
  const actions = useNoticesActions(role);
  const decisions = useDecisionsRegion(role);
  const echeances = useEcheances(role);
  const [publiees, setPubliees] = useState<Notice[]>([]);
  const [masquees, setMasquees] = useState<ReadonlySet<string>>(new Set());

  useEffect(
    () =>
      ecouterNotices((notice) => {
        setPubliees((liste) => [...liste.filter((n) => n.id !== notice.id), notice]);
        setMasquees((ids) => (ids.has(notice.id) ? new Set([...ids].filter((id) => id !== notice.id)) : ids));
      }),
    [],
  );

  const notices = [...decisions, ...echeances, ...actions, ...publiees].filter((n) => !masquees.has(n.id));
  return { notices, masquer: (id) => setMasquees((ids) => new Set(ids).add(id)) };
}
