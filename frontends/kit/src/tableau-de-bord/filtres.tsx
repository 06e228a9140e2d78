/**
 * The dashboard's filter lives in the URL (?annee=2023&dispositif=…&vue=actions), so a view can
 * be shared by its link. Pure functions between URLSearchParams and the graph's FiltreIndicateurs.
 */
export interface FiltreTableau {
  anneeProgrammation?: number;
  dispositif?: string;
  departement?: string;
  organismeId?: string;
  du?: string;
  au?: string;
}

const PARAMETRES: Record<keyof FiltreTableau, string> = {
  anneeProgrammation: "annee",
  dispositif: "dispositif",
  departement: "departement",
  organismeId: "organisme",
  du: "du",
  au: "au",
};

const JOUR = /^\d{4}-\d{2}-\d{2}$/;

export function filtreDepuisUrl(params: URLSearchParams): FiltreTableau {
  const filtre: FiltreTableau = {};
  const annee = params.get("annee");
  if (annee && /^\d{4}$/.test(annee)) filtre.anneeProgrammation = Number(annee);
  for (const cle of ["dispositif", "departement", "organismeId"] as const) {
    const valeur = params.get(PARAMETRES[cle])?.trim();
    if (valeur) filtre[cle] = valeur;
  }
  for (const cle of ["du", "au"] as const) {
    const valeur = params.get(PARAMETRES[cle]);
    if (valeur && JOUR.test(valeur)) filtre[cle] = valeur;
  }
  return filtre;
}

/** The URL's parameters for a filter (other parameters, such as `vue`, kept). */
export function filtreVersUrl(filtre: FiltreTableau, actuels: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(actuels);
  for (const [cle, nom] of Object.entries(PARAMETRES) as [keyof FiltreTableau, string][]) {
    const valeur = filtre[cle];
    if (valeur === undefined || valeur === "") params.delete(nom);
    else params.set(nom, String(valeur));
  }
  return params;
}
