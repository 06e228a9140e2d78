/**
 * The screens' list queries as the front ends send them since issue 10 (one page asked of the
 * server, sorted there): the persisted operation of each screen with the variables of its first
 * page, plus the deepest page of the largest lists (offset cost). `who` is filled by the caller.
 */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The persisted document of a screen's operation (its fragments may come first in the document). */
type Persisted = (name: string) => string;
export function persistedScreen(persisted: Record<string, string>): Persisted {
  return (name) => {
    const found = Object.values(persisted).find((q) => new RegExp(`(^|\\s)query ${name}\\b`).test(q));
    if (!found) throw new Error(`opération persistée ${name} introuvable`);
    return found;
  };
}

/** An organisme's screens; `actions` = how many it holds (for its last page). */
export function organismeScreens(screen: Persisted, actions: number): Scenario[] {
  const derniere = Math.max(1, Math.ceil(actions / 20));
  return [
    // The generated organismes have no account: `moi` is not asked, and the counters (tableauDeBord) are the dashboards' part.
    { name: "Accueil (totaux par statut)", query: screen("Accueil"), variables: { indicateurs: false } },
    { name: "AccueilActions (page 1, 10)", query: screen("AccueilActions"), variables: { page: 1, parPage: 10, tri: { cle: "ANNEE", sens: "DESC" } } },
    { name: "ActionsListe (page 1, 20)", query: screen("ActionsListe"), variables: { page: 1, parPage: 20, tri: { cle: "ANNEE", sens: "DESC" } } },
    { name: `ActionsListe (page ${derniere}, tri intitulé)`, query: screen("ActionsListe"), variables: { page: derniere, parPage: 20, tri: { cle: "INTITULE", sens: "ASC" } } },
    { name: "InscriptionStagiaires (page 1, 10)", query: screen("InscriptionStagiaires"), variables: { page: 1, parPage: 10 } },
    { name: "SuiviActions (page 1, 10)", query: screen("SuiviActions"), variables: { page: 1, parPage: 10 } },
    { name: "Facturation (page 1, 10)", query: screen("Facturation"), variables: { page: 1, parPage: 10 } },
  ];
}

/** The Région's lists over the whole region. */
export function regionScreens(screen: Persisted, actions: number): Scenario[] {
  return [
    { name: "ActionsListe (page 1, 20)", query: screen("ActionsListe"), variables: { page: 1, parPage: 20, tri: { cle: "ANNEE", sens: "DESC" } } },
    { name: `ActionsListe (page ${Math.ceil(actions / 20)}, tri date de fin)`, query: screen("ActionsListe"), variables: { page: Math.ceil(actions / 20), parPage: 20, tri: { cle: "DATE_FIN_PREVUE", sens: "ASC" } } },
    { name: "FacturesRegion (à valider, 100)", query: screen("FacturesRegion"), variables: { statuts: ["EMISE", "SIGNEE_DEPOSEE"] } },
    { name: "FacturesRegion (validées, payées, 100)", query: screen("FacturesRegion"), variables: { statuts: ["VALIDEE", "PAYEE"] } },
    { name: "facturesParStatut (EMISE, 50)", query: "query F { facturesParStatut(statuts: [EMISE], premiers: 50) { nodes { id numero montantTTC statut } pageInfo { endCursor hasNextPage } } }", variables: {} },
  ];
}

/** « n / total » for a paginated answer (the root field with `nodes` and `total` first), else the size. */
export function describeRows(data: Record<string, unknown> | undefined, bytes: number): string {
  const lists = Object.values(data ?? {}).filter((v): v is { nodes: unknown[]; total?: number } => typeof v === "object" && v !== null && Array.isArray((v as { nodes?: unknown }).nodes));
  // The numbered page (with its total) when the screen reads one, else the first list.
  const list = lists.find((l) => l.total !== undefined) ?? lists[0];
  const size = `${(bytes / 1024).toFixed(1)} Kio`;
  if (!list) return size;
  return `${list.nodes.length}${list.total === undefined ? "" : ` / ${list.total}`} lignes, ${size}`;
}
