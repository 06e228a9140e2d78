import type { Composante } from "../composante/composante.entity.js";
import type { InformationCollective } from "../session/information-collective.entity.js";
import type { Session } from "../session/session.entity.js";
import { frDate, orDash } from "../shared/format.js";
import type { IcProposee, SessionProposee } from "./session-proposee.js";

export interface Ligne {
  intitule: string;
  avant: string;
  apres: string;
}

type Valeur = string | number | null | undefined;

/** Adds a line when the value changes (before "-" for something new), as the « MODIFICATIONS » screens list them. */
function compare(lignes: Ligne[], prefix: string, label: string, avant: Valeur, apres: Valeur): void {
  const a = orDash(avant);
  const b = orDash(apres);
  if (a !== b) lignes.push({ intitule: `${prefix} / ${label}`, avant: a, apres: b });
}

const IC_CHAMPS: [string, (ic: IcLike) => Valeur][] = [
  ["Date", (ic) => (ic.date ? frDate(ic.date) : null)],
  ["Heure de début (hh.mm)", (ic) => ic.heureDebut],
  ["Heure de fin (hh.mm)", (ic) => ic.heureFin],
  ["Nombre de places pour l'information collective", (ic) => ic.nbPlaces],
  ["Commentaire – Pièces justificatives à fournir", (ic) => ic.commentaire],
  ["N° de voie", (ic) => ic.numeroVoie],
  ["Extension voie", (ic) => ic.extensionVoie],
  ["Type de voie", (ic) => ic.typeVoie],
  ["Libellé de la voie", (ic) => ic.libelleVoie],
  ["Entrée, Immeuble, Bâtiment, Résidence", (ic) => ic.complement],
  ["Mention spéciale", (ic) => ic.mentionSpeciale],
  ["Code postal", (ic) => ic.codePostal],
  ["Ville", (ic) => ic.ville],
  ["Cedex", (ic) => ic.cedex],
];
type IcLike = Omit<IcProposee, "id">;

/**
 * Seed 004's recap: « 01 - FORP - Formation Projet Pro / Session n° - / Nb. de places » for a
 * new session (before « - »), « … / Session n° 01 / Nb. de places  10 → 0 » for a change; an
 * information collective adds « / Information collective » (« … du 31/08/2022 » when it exists).
 */
export function recapSession(
  composante: Pick<Composante, "numero" | "intitule">,
  avant: { session: Session | null; informationsCollectives: InformationCollective[]; lieu: string | null },
  apres: SessionProposee,
  lieuApres: string,
): Ligne[] {
  const lignes: Ligne[] = [];
  const prefix = `${composante.numero} - ${composante.intitule} / Session n° ${avant.session?.numero ?? "-"}`;
  const s = avant.session;
  compare(lignes, prefix, "Numéro", s?.numero, apres.numero);
  compare(lignes, prefix, "Date début", s ? frDate(s.dateDebut) : null, frDate(apres.dateDebut));
  compare(lignes, prefix, "Date fin", s ? frDate(s.dateFin) : null, frDate(apres.dateFin));
  compare(lignes, prefix, "Lieu de la session", avant.lieu, lieuApres);
  compare(lignes, prefix, "Nb. de places", s?.nbPlaces, apres.nbPlaces);
  compare(lignes, prefix, "Code offre info", s?.codeOffreInfo, apres.codeOffreInfo);
  const existantes = new Map(avant.informationsCollectives.map((ic) => [ic.id, ic]));
  for (const ic of apres.informationsCollectives) {
    const before = ic.id === null ? null : (existantes.get(ic.id) ?? null);
    const icPrefix = `${prefix} / Information collective${before ? ` du ${frDate(before.date)}` : ""}`;
    for (const [label, read] of IC_CHAMPS) compare(lignes, icPrefix, label, before ? read(before) : null, read(ic));
  }
  return lignes;
}

/** Seed 003's recap of a date request: « Action / Date de début réelle », « <composante> / Date de début ». */
export function recapDates(
  action: { dateDebutPrevue: string; dateFinPrevue: string; dateDebutReelle: string | null },
  apres: { dateDebutPrevue: string; dateFinPrevue: string; dateDebutReelle: string | null },
  composantes: { intitule: string; avant: { dateDebut: string; dateFin: string }; apres: { dateDebut: string; dateFin: string } }[],
): Ligne[] {
  const lignes: Ligne[] = [];
  compare(lignes, "Action", "Date de début prévue", frDate(action.dateDebutPrevue), frDate(apres.dateDebutPrevue));
  compare(lignes, "Action", "Date de début réelle", action.dateDebutReelle && frDate(action.dateDebutReelle), apres.dateDebutReelle && frDate(apres.dateDebutReelle));
  compare(lignes, "Action", "Date de fin prévue", frDate(action.dateFinPrevue), frDate(apres.dateFinPrevue));
  for (const c of composantes) {
    compare(lignes, c.intitule, "Date de début", frDate(c.avant.dateDebut), frDate(c.apres.dateDebut));
    compare(lignes, c.intitule, "Date de fin", frDate(c.avant.dateFin), frDate(c.apres.dateFin));
  }
  return lignes;
}
