import { useQuery } from "@apollo/client/react";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { ecouterNotices, type Notice } from "@sigma/ui-kit/lib/notices";
import { useEffect, useMemo, useState } from "react";
import { graphql } from "../../../gql/gql";
import type { RoleCompte } from "../../../gql/graphql";
import { noticesDesActions } from "../lib/notices-actions";
import { noticesDesDecisions, noticesDesEcheances } from "../lib/notices-decisions";

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

const noticesDecisionsQuery = graphql(/* GraphQL */ `
  query NoticesDecisions {
    actions {
      id
      numero
      factures {
        id
        numero
        periode
        support
        statut
        motifRejet
        dateDecision
      }
      demandesModification {
        id
        libelleType
        etat
        observations
        historique {
          id
          date
        }
      }
    }
    demandesModificationStagiaire {
      id
      etat
      motifRefus
      traiteeLe
      stagiaire {
        id
        nom
        prenom
      }
    }
  }
`);

const noticesEcheancesQuery = graphql(/* GraphQL */ `
  query NoticesEcheances {
    actions {
      id
      numero
      statut
      declarations {
        id
        mois
        libelle
        etat
        dateLimiteConfirmation
      }
      aFacturer {
        periode
        disponible
      }
    }
  }
`);

/** Decisions come from another person (the Région): read again every minute. */
const RAFRAICHISSEMENT_MS = 60_000;
const jourParis = (instant: string | null | undefined) => (instant ? aujourdhuiParis(new Date(instant)) : null);

/**
 * The Région's decisions, for an organisme (seed 001 § 3.6.1.3): each invoice validated,
 * rejected (with its motif) or paid, each date request validated or refused, each trainee-record
 * request decided, in the last 30 days.
 */
export const useDecisionsRegion: SourceNotices = (role) => {
  const { data } = useQuery(noticesDecisionsQuery, { skip: role !== "ORGANISME", pollInterval: RAFRAICHISSEMENT_MS });
  return useMemo(() => {
    if (!data) return [];
    const actions = data.actions.map((a) => ({
      numero: a.numero,
      factures: a.factures ?? [],
      demandes: a.demandesModification.map((d) => ({ ...d, dateDecision: jourParis(d.historique.at(-1)?.date) })),
    }));
    const fiches = data.demandesModificationStagiaire.map((d) => ({ ...d, dateDecision: jourParis(d.traiteeLe) }));
    return noticesDesDecisions(actions, fiches, aujourdhuiParis());
  }, [data]);
};

/**
 * Deadlines for an organisme: the monthly declarations to confirm before the 15th of the next
 * month (seed 001 § 3.5.1), those missed, and the invoices that can be emitted now.
 */
export const useEcheances: SourceNotices = (role) => {
  const { data } = useQuery(noticesEcheancesQuery, { skip: role !== "ORGANISME", pollInterval: RAFRAICHISSEMENT_MS });
  return useMemo(() => (data ? noticesDesEcheances(data.actions.map((a) => ({ ...a, declarations: a.declarations ?? [], aFacturer: a.aFacturer ?? [] }))) : []), [data]);
};

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
