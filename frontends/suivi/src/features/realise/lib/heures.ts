import { formatDate } from "@sigma/ui-kit/lib/format";
import { centiemes, depuisCentiemes, libelleMois, versHeures, type Erreurs } from "@sigma/ui-kit/lib/saisie";

/** The six columns of seed 001 § 3.5's « Suivi horaire », as SaisieHeuresInput names them, with the server's wording. */
export const COLONNES_HEURES = [
  { champ: "heuresRealiseesCentre", titre: "Heures réalisées en centre", libelle: "heures réalisées en centre" },
  { champ: "heuresNonRealiseesJustifieesCentre", titre: "Heures non réalisées justifiées en centre", libelle: "heures non réalisées justifiées en centre" },
  { champ: "heuresNonRealiseesNonJustifieesCentre", titre: "Heures non réalisées non justifiées en centre", libelle: "heures non réalisées non justifiées en centre" },
  { champ: "heuresRealiseesEntreprise", titre: "Heures réalisées en entreprise", libelle: "heures réalisées en entreprise" },
  { champ: "heuresNonRealiseesJustifieesEntreprise", titre: "Heures non réalisées justifiées en entreprise", libelle: "heures non réalisées justifiées en entreprise" },
  { champ: "heuresNonRealiseesNonJustifieesEntreprise", titre: "Heures non réalisées non justifiées en entreprise", libelle: "heures non réalisées non justifiées en entreprise" },
] as const;

export type ChampHeures = (typeof COLONNES_HEURES)[number]["champ"];
export type SaisieHeures = Record<ChampHeures, string>;

export interface Absence {
  dateDebut: string | null;
  dateFin: string | null;
  motif: string;
  lieu: "CENTRE" | "ENTREPRISE";
  justifiee: boolean | null;
  heures: string;
}

const dernierJour = (mois: string) => {
  const [a, m] = mois.split("-").map(Number);
  return `${mois}-${String(new Date(Date.UTC(a!, m!, 0)).getUTCDate()).padStart(2, "0")}`;
};
const h = (centi: number) => `${depuisCentiemes(centi).replace(".", ",")} h`;

/**
 * Checked as execution checks a month (declaration.rules.ts checkHeures, same messages): exact
 * hours, at most the hours of the month, absence periods inside the month and the trainee's
 * presence, with a reason and positive hours, whose totals equal each « non réalisées » column.
 */
export function validerSaisie(mois: string, saisie: SaisieHeures, absences: Absence[], presence: { dateEntree: string | null; dateSortie: string | null }): Erreurs {
  const erreurs: Erreurs = {};
  const valeurs: Partial<Record<ChampHeures, number>> = {};
  for (const { champ, libelle } of COLONNES_HEURES) {
    const texte = saisie[champ].trim() || "0";
    const heures = versHeures(texte);
    if (heures === null) {
      erreurs[champ] = texte.startsWith("-") ? `Les ${libelle} ne peuvent être négatives.` : "Nombre d'heures invalide : indiquez un nombre avec au plus deux décimales (ex. 35,50).";
    } else valeurs[champ] = centiemes(heures);
  }
  if (Object.keys(erreurs).length) return erreurs;
  const total = Object.values(valeurs).reduce((a, b) => a + b, 0);
  const fin = dernierJour(mois);
  if (total > Number(fin.slice(8, 10)) * 2400) erreurs.total = `Le total déclaré pour ${libelleMois(mois, true)} (${h(total)}) dépasse le nombre d'heures du mois.`;
  const debutPresence = [`${mois}-01`, presence.dateEntree ?? ""].sort().at(-1)!;
  const finPresence = [fin, presence.dateSortie ?? "9999-12-31"].sort()[0]!;
  absences.forEach((a, i) => {
    const cle = `absences.${i}`;
    if (!a.dateDebut || !a.dateFin) return void (erreurs[cle] = "Indiquez la date de début et la date de fin de la période d'absence.");
    const periode = `La période d'absence du ${formatDate(a.dateDebut)} au ${formatDate(a.dateFin)}`;
    const heures = versHeures(a.heures);
    if (a.dateFin < a.dateDebut) erreurs[cle] = `${periode} se termine avant de commencer.`;
    else if (a.dateDebut < debutPresence || a.dateFin > finPresence) {
      erreurs[cle] = `${periode} doit être comprise entre le ${formatDate(debutPresence)} et le ${formatDate(finPresence)} (${libelleMois(mois, true)}, présence du stagiaire).`;
    } else if (heures === null || centiemes(heures) <= 0) erreurs[cle] = `${periode} doit compter un nombre d'heures positif.`;
    else if (!a.motif.trim() || a.motif.trim().length > 100) erreurs[cle] = `${periode} doit avoir un motif (100 caractères au plus).`;
    else if (a.justifiee === null) erreurs[cle] = `${periode} : indiquez si l'absence est justifiée.`;
  });
  if (Object.keys(erreurs).length) return erreurs;
  const paires: [ChampHeures, Absence["lieu"], boolean, string][] = [
    ["heuresNonRealiseesJustifieesCentre", "CENTRE", true, "justifiées en centre"],
    ["heuresNonRealiseesNonJustifieesCentre", "CENTRE", false, "non justifiées en centre"],
    ["heuresNonRealiseesJustifieesEntreprise", "ENTREPRISE", true, "justifiées en entreprise"],
    ["heuresNonRealiseesNonJustifieesEntreprise", "ENTREPRISE", false, "non justifiées en entreprise"],
  ];
  for (const [champ, lieu, justifiee, libelle] of paires) {
    const periodes = absences.filter((a) => a.lieu === lieu && a.justifiee === justifiee).reduce((s, a) => s + centiemes(versHeures(a.heures)!), 0);
    if (periodes !== valeurs[champ]) {
      erreurs.absences = `Les périodes d'absence ${libelle} totalisent ${h(periodes)}, mais ${h(valeurs[champ]!)} non réalisées ${libelle} sont déclarées : elles doivent être égales.`;
      break;
    }
  }
  return erreurs;
}

/** The form as the graph's SaisieHeuresInput (empty fields are 0). */
export function versSaisieInput(stagiaireId: string, mois: string, saisie: SaisieHeures, absences: Absence[]) {
  const heures = Object.fromEntries(COLONNES_HEURES.map(({ champ }) => [champ, versHeures(saisie[champ].trim() || "0")!])) as Record<ChampHeures, string>;
  return {
    stagiaireId,
    mois,
    ...heures,
    absences: absences.map((a) => ({ dateDebut: a.dateDebut!, dateFin: a.dateFin!, motif: a.motif.trim(), lieu: a.lieu, justifiee: a.justifiee!, heures: versHeures(a.heures)! })),
  };
}

export const LIBELLE_ETAT_DECLARATION = {
  EN_COURS: "Mois en cours",
  A_CONFIRMER: "À confirmer",
  CONFIRMEE: "Confirmée",
  EN_RETARD: "Non confirmée dans les délais",
} as const;
