/**
 * A known dataset for the dashboard tests (issue 8), written straight into the three subgraphs'
 * tables, and the expected figures computed from it here, in JavaScript, independently of the
 * subgraphs' SQL. Ids start at `base` (clear of the demo data); organismes 1 (OR5159) and 2 (GR237).
 */
export interface Jeu {
  catalogue: Record<string, Record<string, unknown>[]>;
  execution: Record<string, Record<string, unknown>[]>;
  finance: Record<string, Record<string, unknown>[]>;
  actions: ActionJeu[];
}

export interface ActionJeu {
  id: number;
  organismeId: number;
  annee: number;
  dispositif: string;
  departement: string;
  debut: string;
  fin: string;
  effectif: number;
  heuresContrat: number;
  statut: "AO" | "EC" | "CLOTUREE" | "NON_OUVERTE";
  suivi: boolean;
  debutReel: string | null;
  sessions: { id: number; debut: string; fin: string; places: number }[];
  ics: { id: number; date: string; places: number }[];
  stagiaires: { id: number; entree: string; sortie: string | null; finFormation: boolean | null; motif: string | null; complet: boolean }[];
  realisations: { stagiaireId: number; mois: string; centre: number; entreprise: number }[];
  confirmations: string[];
  enquetes: { stagiaireId: number; moment: string; situation: string; contrat: string | null }[];
  factures: { id: number; type: string; statut: string; ttc: number; avanceRecuperee: number; emission: string | null; decision: string | null; cle: string }[];
  paiements: { id: number; factureId: number; date: string; montant: number }[];
}

export const DISPOSITIFS = ["DISPO ALPHA", "DISPO BETA", "DISPO GAMMA"];
export const DEPARTEMENTS = ["31", "34", "66"];

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
export const month = (day: string) => day.slice(0, 7);
export function addMonth(m: string, n: number): string {
  const total = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

const STATUTS = ["AO", "EC", "EC", "CLOTUREE", "NON_OUVERTE"] as const;
const MOTIFS = ["ABANDON", "ACCES_EMPLOI", "EXCLUSION"];
const SITUATIONS = ["EMPLOI_SECTEUR", "EMPLOI_AUTRE_SECTEUR", "AUTRE_SITUATION"];
const STATUTS_AVANCE = ["PAYEE", "VALIDEE", "SIGNEE_DEPOSEE", "REJETEE", "EMISE"];
const STATUTS_ACOMPTE = ["VALIDEE", "PAYEE", "A_EMETTRE", "SIGNEE_DEPOSEE"];

/**
 * `count` actions, years `annees` (alternating), built as pure functions of the index; one action
 * in three to `organismes[0]`, the others to `organismes[1]` (organismes other than the demo's
 * must be written into catalogue's `organisme` first).
 */
export function construireJeu(base: number, count: number, annees: [number, number], aujourdhui: string, organismes: [number, number] = [2, 1]): Jeu {
  const actions: ActionJeu[] = [];
  for (let i = 0; i < count; i++) {
    const id = base + i;
    const annee = annees[i % 2]!;
    const debut = `${annee}-${String(1 + (i % 6)).padStart(2, "0")}-01`;
    const statut = STATUTS[i % 5]!;
    const ouverte = statut === "EC" || statut === "CLOTUREE";
    const a: ActionJeu = {
      id,
      organismeId: i % 3 === 0 ? organismes[0] : organismes[1],
      annee,
      dispositif: DISPOSITIFS[Math.floor(i / 2) % 3]!,
      departement: DEPARTEMENTS[Math.floor(i / 3) % 3]!,
      debut,
      fin: `${annee}-12-${String(10 + (i % 15)).padStart(2, "0")}`,
      effectif: 5 + (i % 4),
      heuresContrat: ((i % 5) + 1) * 10_000 + ((i * 37) % 100) + (i % 3) * 5_000,
      statut,
      suivi: !(statut === "AO" && i % 10 === 0),
      debutReel: ouverte ? debut : null,
      sessions: [],
      ics: [],
      stagiaires: [],
      realisations: [],
      confirmations: [],
      enquetes: [],
      factures: [],
      paiements: [],
    };
    for (let j = 0; j < i % 3; j++) {
      const sd = `${month(addDays(debut, 31 * j))}-05`;
      const session = { id: base * 3 + i * 3 + j, debut: sd, fin: addDays(sd, 60 + 10 * j), places: j === 1 && i % 4 === 0 ? 0 : 8 + ((i + j) % 5) };
      a.sessions.push(session);
      if ((i + j) % 2 === 0) a.ics.push({ id: session.id, date: addDays(sd, -10), places: i % 7 === 0 ? 0 : 10 + (j % 3) });
    }
    if (ouverte) {
      const n = 1 + (i % 3);
      for (let k = 0; k < n; k++) {
        const sid = base * 3 + i * 3 + k;
        const entree = addDays(a.debutReel!, k);
        let sortie: string | null = null;
        let finFormation: boolean | null = null;
        let motif: string | null = null;
        if (statut === "CLOTUREE") {
          sortie = addDays(a.debutReel!, 100 + k);
          finFormation = k === 0;
          motif = k === 0 ? null : MOTIFS[(i + k) % 3]!;
        } else if (k === 1) {
          sortie = addDays(a.debutReel!, 45 + (i % 20));
          finFormation = false;
          motif = i % 4 === 3 ? null : MOTIFS[i % 3]!;
        }
        a.stagiaires.push({ id: sid, entree, sortie, finFormation, motif, complet: (i + k) % 4 !== 0 });
        for (let m = 0; m < 3; m++) {
          const mois = addMonth(month(a.debutReel!), m);
          if (mois >= month(aujourdhui)) continue;
          a.realisations.push({ stagiaireId: sid, mois, centre: 1_000 + ((i * 13 + k * 7 + m * 3) % 900), entreprise: ((i + k + m) % 4) * 250 });
        }
        if (sortie) {
          const situation = SITUATIONS[(i + k) % 3]!;
          const contrat = situation === "AUTRE_SITUATION" ? null : k % 2 === 0 ? "CDI" : "INTERIM";
          a.enquetes.push({ stagiaireId: sid, moment: "SORTIE", situation, contrat });
          if (i % 2 === 0) a.enquetes.push({ stagiaireId: sid, moment: "SIX_MOIS", situation: SITUATIONS[(i + k + 1) % 3]!, contrat: null });
        }
      }
      if (statut === "EC") for (let c = 0; c < i % 4; c++) a.confirmations.push(addMonth(month(a.debutReel!), c));
      const avanceStatut = STATUTS_AVANCE[i % 5]!;
      const emissionAvance = a.debutReel!;
      const decisionAvance = ["PAYEE", "VALIDEE", "REJETEE"].includes(avanceStatut) ? addDays(emissionAvance, 10) : null;
      const avance = { id: base * 4 + i * 4, type: "AVANCE", statut: avanceStatut, ttc: 100_000 + i * 123, avanceRecuperee: 0, emission: emissionAvance, decision: decisionAvance, cle: "AVANCE" };
      a.factures.push(avance);
      if (avanceStatut === "PAYEE") a.paiements.push({ id: avance.id, factureId: avance.id, date: addDays(emissionAvance, 20 + (i % 7)), montant: avance.ttc });
      const acompteStatut = STATUTS_ACOMPTE[i % 4]!;
      const emissionAcompte = acompteStatut === "A_EMETTRE" ? null : addDays(a.debutReel!, 40);
      const acompte = {
        id: base * 4 + i * 4 + 1, type: "ACOMPTE", statut: acompteStatut, ttc: 50_000 + i * 77, avanceRecuperee: 10_000 + i * 11,
        emission: emissionAcompte, decision: ["VALIDEE", "PAYEE"].includes(acompteStatut) ? addDays(emissionAcompte!, 15) : null, cle: `P${i}`,
      };
      a.factures.push(acompte);
      if (acompteStatut === "PAYEE") {
        // Two payments: the delay counts from the first one.
        a.paiements.push({ id: acompte.id, factureId: acompte.id, date: addDays(emissionAcompte!, 30 + (i % 11)), montant: 20_000 });
        a.paiements.push({ id: acompte.id + 1, factureId: acompte.id, date: addDays(emissionAcompte!, 50), montant: acompte.ttc - 20_000 });
      }
    }
    actions.push(a);
  }
  return { actions, ...tables(actions, base, organismes) };
}

function tables(actions: ActionJeu[], base: number, organismes: [number, number]): Omit<Jeu, "actions"> {
  const catalogue: Jeu["catalogue"] = { site_realisation: [], marche: [], action: [], composante: [], prestation: [], session: [], information_collective: [] };
  const execution: Jeu["execution"] = { action_suivi: [], stagiaire: [], realisation: [], realisation_mois: [], declaration_confirmation: [], enquete: [] };
  const finance: Jeu["finance"] = { facture: [], paiement: [] };
  for (const org of new Set(organismes)) catalogue.site_realisation!.push({ id: base + org, organisme_id: org, libelle: `SITE ${org}`, code_postal: "34000", ville: "MONTPELLIER" });
  let realisationId = base * 20;
  let enqueteId = base * 20;
  for (const a of actions) {
    catalogue.marche!.push({ id: a.id, numero: `M${a.id}`, dispositif: a.dispositif, programme: a.dispositif, consultation: "AAP", annee_programmation: a.annee, titulaire_id: a.organismeId });
    catalogue.action!.push({
      id: a.id, numero: `T${a.id}_1`, intitule: `ACTION ${a.id}`, numero_contrat: `M${a.id}`, annee_programmation: a.annee, date_debut_prevue: a.debut,
      date_fin_prevue: a.fin, organisme_id: a.organismeId, marche_id: a.id, departement: a.departement, effectif_total: a.effectif,
    });
    catalogue.composante!.push({ id: a.id, action_id: a.id, organisme_id: a.organismeId, numero: "01", intitule: "COMPOSANTE", date_debut: a.debut, date_fin: a.fin });
    const hc = a.heuresContrat - ((a.id - base) % 3) * 5_000;
    catalogue.prestation!.push({ id: a.id * 3, composante_id: a.id, organisme_id: a.organismeId, type: "HC", libelle: "HC", volume_total: hc, prix_unitaire: 700 });
    catalogue.prestation!.push({ id: a.id * 3 + 1, composante_id: a.id, organisme_id: a.organismeId, type: "HE", libelle: "HE", volume_total: a.heuresContrat - hc, prix_unitaire: 100 });
    catalogue.prestation!.push({ id: a.id * 3 + 2, composante_id: a.id, organisme_id: a.organismeId, type: "FP", libelle: "FP", volume_total: 99_900, prix_unitaire: 300_000 });
    a.sessions.forEach((s, j) =>
      catalogue.session!.push({
        id: s.id, action_id: a.id, composante_id: a.id, organisme_id: a.organismeId, numero: String(j + 1).padStart(2, "0"), date_debut: s.debut, date_fin: s.fin,
        site_id: base + a.organismeId, nb_places: s.places, cree_le: 1, modifie_le: 1, sequence: 1_000_000_000 + s.id,
      }),
    );
    for (const ic of a.ics) {
      catalogue.information_collective!.push({ id: ic.id, session_id: ic.id, date: ic.date, heure_debut: "09:00", heure_fin: "11:00", nb_places: ic.places, libelle_voie: "RUE", code_postal: "34000", ville: "MONTPELLIER", modifie_le: 1 });
    }
    if (a.suivi) execution.action_suivi!.push({ action_id: a.id, organisme_id: a.organismeId, statut: a.statut, date_debut_reelle: a.debutReel });
    for (const s of a.stagiaires) {
      execution.stagiaire!.push({
        id: s.id, action_id: a.id, organisme_id: a.organismeId, nom: `NOM${s.id}`, prenom: "P", date_entree: s.entree, date_sortie: s.sortie,
        fin_formation: s.finFormation === null ? null : s.finFormation ? 1 : 0, motif_sortie: s.motif, complet: s.complet ? 1 : 0,
      });
    }
    for (const r of a.realisations) {
      execution.realisation!.push({
        id: ++realisationId, action_id: a.id, organisme_id: a.organismeId, stagiaire_id: r.stagiaireId, mois: r.mois, realisees_centre: r.centre,
        nrj_centre: 7, nrnj_centre: 3, realisees_entreprise: r.entreprise, nrj_entreprise: 11, nrnj_entreprise: 0,
      });
    }
    // The action's monthly sums, as execution's writes of these lines leave them (HeuresMois).
    const parMois = new Map<string, { centre: number; entreprise: number }>();
    for (const r of a.realisations) {
      const m = parMois.get(r.mois) ?? { centre: 0, entreprise: 0 };
      parMois.set(r.mois, { centre: m.centre + r.centre, entreprise: m.entreprise + r.entreprise });
    }
    for (const [mois, m] of parMois) {
      execution.realisation_mois!.push({ action_id: a.id, mois, organisme_id: a.organismeId, realisees_centre: m.centre, realisees_entreprise: m.entreprise });
    }
    for (const mois of a.confirmations) {
      execution.declaration_confirmation!.push({ action_id: a.id, organisme_id: a.organismeId, mois, confirmee_le: `${addMonth(mois, 1)}-05`, instant: 1, auteur: "TEST" });
    }
    for (const e of a.enquetes) {
      execution.enquete!.push({ id: ++enqueteId, stagiaire_id: e.stagiaireId, action_id: a.id, organisme_id: a.organismeId, moment: e.moment, situation: e.situation, contrat: e.contrat, saisie_le: 1 });
    }
    for (const f of a.factures) {
      finance.facture!.push({
        id: f.id, action_id: a.id, organisme_id: a.organismeId, numero: `F${f.id}`, type: f.type, cle_periode: f.cle, montant_ht_centimes: f.ttc, montant_ttc_centimes: f.ttc,
        avance_recuperee_centimes: f.avanceRecuperee, statut: f.statut, date_emission: f.emission, date_decision: f.decision,
      });
    }
    for (const p of a.paiements) finance.paiement!.push({ id: p.id, facture_id: p.factureId, organisme_id: a.organismeId, date_paiement: p.date, montant_centimes: p.montant, reference: `R${p.id}` });
  }
  return { catalogue, execution, finance };
}
