import { addMonth, month, type ActionJeu } from "./jeu.js";

export interface Filtre {
  anneeProgrammation?: number;
  dispositif?: string;
  departement?: string;
  organismeId?: string;
  du?: string;
  au?: string;
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
/** Hundredths → the wire's decimal text ("1234.50"). */
export const h = (n: number) => `${Math.trunc(n / 100)}.${String(Math.abs(n) % 100).padStart(2, "0")}`;
/** Exact ratio in hundredths, rounded half up, as text (the subgraphs' rule, recomputed with BigInt here). */
export function pct(num: number, den: number, factor: number): string | null {
  if (den === 0) return null;
  const c = (BigInt(num) * BigInt(factor) * 200n + BigInt(den)) / (2n * BigInt(den));
  return `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
}
const dayDiff = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const inPeriod = (day: string | null, f: Filtre) => day !== null && (!f.du || day >= f.du) && (!f.au || day <= f.au);
const overlaps = (debut: string, fin: string, f: Filtre) => (!f.au || debut <= f.au) && (!f.du || fin >= f.du);

/** Every figure of the dashboard for a filter, from the dataset, in plain JavaScript. */
export function attendu(all: ActionJeu[], f: Filtre, aujourdhui: string) {
  const dims = all.filter(
    (a) =>
      (f.anneeProgrammation === undefined || a.annee === f.anneeProgrammation) &&
      (f.dispositif === undefined || a.dispositif === f.dispositif) &&
      (f.departement === undefined || a.departement === f.departement) &&
      (f.organismeId === undefined || String(a.organismeId) === f.organismeId),
  );
  const perimetre = dims.filter((a) => overlaps(a.debut, a.fin, f));
  const sessions = dims.flatMap((a) => a.sessions).filter((s) => overlaps(s.debut, s.fin, f));
  const etat = (s: { debut: string; fin: string; places: number }) =>
    s.places === 0 ? "ANNULEE" : s.debut > aujourdhui ? "A_VENIR" : s.fin < aujourdhui ? "TERMINEE" : "EN_COURS";
  const ics = dims.flatMap((a) => a.ics).filter((ic) => inPeriod(ic.date, f));
  const etatIc = (ic: { date: string; places: number }) => (ic.places === 0 ? "ANNULEE" : ic.date < aujourdhui ? "TENUE" : "PROGRAMMEE");
  const offre = {
    actions: perimetre.length,
    effectifPrevu: sum(perimetre.map((a) => a.effectif)),
    sessions: sessions.length,
    placesOffertes: sum(sessions.filter((s) => s.places > 0).map((s) => s.places)),
    informationsCollectivesTenues: ics.filter((ic) => etatIc(ic) === "TENUE").length,
    sessionsParEtat: ["A_VENIR", "EN_COURS", "TERMINEE", "ANNULEE"].map((e) => {
      const of = sessions.filter((s) => etat(s) === e);
      return { etat: e, nombre: of.length, places: sum(of.map((s) => s.places)) };
    }),
    informationsCollectivesParEtat: ["PROGRAMMEE", "TENUE", "ANNULEE"].map((e) => {
      const of = ics.filter((ic) => etatIc(ic) === e);
      return { etat: e, nombre: of.length, places: sum(of.map((ic) => ic.places)) };
    }),
  };
  const repartitionDispositif = [...new Set([...perimetre.map((a) => a.dispositif), ...dims.filter((a) => a.sessions.some((s) => overlaps(s.debut, s.fin, f))).map((a) => a.dispositif)])]
    .sort((a, b) => a.localeCompare(b, "fr"))
    .map((cle) => {
      const s = dims.filter((a) => a.dispositif === cle).flatMap((a) => a.sessions).filter((x) => overlaps(x.debut, x.fin, f));
      return { cle, actions: perimetre.filter((a) => a.dispositif === cle).length, sessions: s.length, placesOffertes: sum(s.map((x) => x.places)) };
    });

  const statuts = ["AO", "EC", "CLOTUREE", "NON_OUVERTE"].map((statut) => ({ statut, nombre: perimetre.filter((a) => (a.suivi ? a.statut : "AO") === statut).length }));
  const stagiaires = dims.flatMap((a) => a.stagiaires);
  const fin = f.au && f.au < aujourdhui ? f.au : aujourdhui;
  const sortis = stagiaires.filter((s) => inPeriod(s.sortie, f));
  const motifs = new Map<string, number>();
  for (const s of sortis) {
    const motif = s.finFormation ? "FIN_FORMATION" : (s.motif ?? "NON_PRECISE");
    motifs.set(motif, (motifs.get(motif) ?? 0) + 1);
  }
  const moisOk = (m: string) => (!f.du || m >= month(f.du)) && (!f.au || m <= month(f.au));
  const realisations = dims.flatMap((a) => a.realisations).filter((r) => moisOk(r.mois));
  const realisees = sum(realisations.map((r) => r.centre + r.entreprise));
  const contractualisees = sum(perimetre.map((a) => a.heuresContrat));
  const parMois = [...new Set(realisations.map((r) => r.mois))].sort().map((mois) => {
    const of = realisations.filter((r) => r.mois === mois);
    const c = sum(of.map((r) => r.centre));
    const e = sum(of.map((r) => r.entreprise));
    return { mois, realisees: h(c + e), realiseesCentre: h(c), realiseesEntreprise: h(e) };
  });
  const parAction = perimetre
    .map((a) => {
      const r = sum(a.realisations.filter((x) => moisOk(x.mois)).map((x) => x.centre + x.entreprise));
      return { action: { id: String(a.id), numero: `T${a.id}_1` }, heuresRealisees: h(r), heuresContractualisees: h(a.heuresContrat), tauxRealisation: pct(r, a.heuresContrat, 100), statut: a.suivi ? a.statut : "AO" };
    })
    .sort((x, y) => Number(x.action.id) - Number(y.action.id));

  // Declarations: months from the real start to last month, not confirmed; late: deadline (15th of the next month) passed.
  const dernier = addMonth(month(aujourdhui), -1);
  const limite = Number(aujourdhui.slice(8, 10)) > 15 ? dernier : addMonth(dernier, -1);
  let attente = 0;
  let retard = 0;
  for (const a of dims.filter((x) => x.suivi && x.statut === "EC" && x.debutReel)) {
    for (let m = month(a.debutReel!); m <= dernier; m = addMonth(m, 1)) {
      if (a.confirmations.includes(m)) continue;
      attente++;
      if (m <= limite) retard++;
    }
  }
  const suivi = {
    declarationsEnAttente: attente,
    declarationsEnRetard: retard,
    actionsEnRetardFermeture: dims.filter((a) => a.suivi && a.statut === "EC" && a.fin < aujourdhui).length,
  };
  const enquetes = new Map<string, number>();
  for (const a of dims) {
    for (const e of a.enquetes) {
      const st = a.stagiaires.find((s) => s.id === e.stagiaireId)!;
      if ((f.du || f.au) && !inPeriod(st.sortie, f)) continue;
      const key = JSON.stringify([e.moment, e.situation, e.contrat]);
      enquetes.set(key, (enquetes.get(key) ?? 0) + 1);
    }
  }

  const factures = dims.flatMap((a) => a.factures);
  const paiements = dims.flatMap((a) => a.paiements);
  const mois = new Map<string, { mois: string; facture: number; valide: number; rejete: number; paye: number }>();
  const ligne = (m: string) => mois.get(m) ?? mois.set(m, { mois: m, facture: 0, valide: 0, rejete: 0, paye: 0 }).get(m)!;
  for (const x of factures) {
    if (x.statut !== "A_EMETTRE" && inPeriod(x.emission, f)) ligne(month(x.emission!)).facture += x.ttc;
    if (inPeriod(x.decision, f) && ["VALIDEE", "PAYEE"].includes(x.statut)) ligne(month(x.decision!)).valide += x.ttc;
    if (inPeriod(x.decision, f) && x.statut === "REJETEE") ligne(month(x.decision!)).rejete += x.ttc;
  }
  for (const p of paiements) if (inPeriod(p.date, f)) ligne(month(p.date)).paye += p.montant;
  const serie = [...mois.values()].sort((a, b) => a.mois.localeCompare(b.mois));
  const emises = factures.filter((x) => !["A_EMETTRE", "REJETEE"].includes(x.statut) && inPeriod(x.emission, f));
  const avancesEmises = sum(emises.filter((x) => x.type === "AVANCE").map((x) => x.ttc));
  const avancesRecuperees = sum(emises.filter((x) => x.type !== "AVANCE").map((x) => x.avanceRecuperee));
  const delais = factures
    .filter((x) => x.emission && paiements.some((p) => p.factureId === x.id))
    .map((x) => ({ x, premier: paiements.filter((p) => p.factureId === x.id).map((p) => p.date).sort()[0]! }))
    .filter(({ premier }) => inPeriod(premier, f))
    .map(({ x, premier }) => dayDiff(x.emission!, premier));
  const enAttente = factures.filter((x) => x.statut === "SIGNEE_DEPOSEE");
  const finances = {
    facture: h(sum(serie.map((m) => m.facture))),
    valide: h(sum(serie.map((m) => m.valide))),
    rejete: h(sum(serie.map((m) => m.rejete))),
    paye: h(sum(serie.map((m) => m.paye))),
    avancesEmises: h(avancesEmises),
    avancesRecuperees: h(avancesRecuperees),
    avancesRestantes: h(avancesEmises - avancesRecuperees),
    facturesPayees: delais.length,
    delaiMoyenPaiementJours: pct(sum(delais), delais.length, 1),
    facturesEnAttenteRegion: enAttente.length,
    montantEnAttenteRegion: h(sum(enAttente.map((x) => x.ttc))),
  };
  return {
    offre,
    repartitionDispositif,
    actionsParStatut: statuts,
    stagiaires: {
      entres: stagiaires.filter((s) => inPeriod(s.entree, f)).length,
      presents: stagiaires.filter((s) => s.entree <= fin && (s.sortie === null || s.sortie > fin)).length,
      sortis: sortis.length,
      motifs: Object.fromEntries(motifs),
    },
    heures: { realisees: h(realisees), contractualisees: h(contractualisees), tauxRealisation: pct(realisees, contractualisees, 100) },
    heuresParMois: parMois,
    realisationParAction: parAction,
    suivi,
    enquetes: Object.fromEntries(enquetes),
    finances,
    financesParMois: serie.map((m) => ({ mois: m.mois, facture: h(m.facture), valide: h(m.valide), rejete: h(m.rejete), paye: h(m.paye) })),
  };
}
