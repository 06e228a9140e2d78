import { useState, type FormEvent } from "react";
import { GraphiqueBarres } from "../components/graphique-barres";
import { Tableau, type Colonne } from "../components/tableau";
import { formatDecimal, formatHeures, formatMontant } from "../lib/format";
import { LIBELLE_STATUT_ACTION, type CodeStatutAction } from "../lib/libelles";
import { BoutonCsv, type ColonneCsv } from "./csv";
import type { FiltreTableau } from "./filtres";
import { GraphiqueCourbes } from "./graphique-courbes";
import { Tuiles } from "./tuiles";

/** What the dashboard query of a remote returns (codegen's types are assignable to it). */
export interface DonneesIndicateurs {
  offre: {
    actions: number; effectifPrevu: number; sessions: number; placesOffertes: number; informationsCollectivesTenues: number;
    sessionsParEtat: readonly { etat: string; nombre: number; places: number }[];
    informationsCollectivesParEtat: readonly { etat: string; nombre: number; places: number }[];
  };
  repartitionOffre: readonly { cle: string; actions: number; sessions: number; placesOffertes: number }[];
  actionsParStatut: readonly { statut: string; nombre: number }[];
  stagiaires: { entres: number; presents: number; sortis: number; sortiesParMotif: readonly { motif: string; libelle: string; nombre: number }[] };
  heures: { realisees: string; contractualisees: string; tauxRealisation?: string | null };
  heuresParMois: readonly { mois: string; realisees: string; realiseesCentre: string; realiseesEntreprise: string }[];
  realisationParAction: readonly {
    action: { id: string; numero: string; intitule: string };
    heuresRealisees: string; heuresContractualisees: string; tauxRealisation?: string | null; statut: string;
  }[];
  suivi: { declarationsEnAttente: number; declarationsEnRetard: number; actionsEnRetardFermeture: number };
  enquetes: readonly { moment: string; situation: string; contrat?: string | null; nombre: number }[];
  finances: {
    facture: string; valide: string; rejete: string; paye: string; avancesEmises: string; avancesRecuperees: string; avancesRestantes: string;
    facturesPayees: number; delaiMoyenPaiementJours?: string | null; facturesEnAttenteRegion: number; montantEnAttenteRegion: string;
  };
  financesParMois: readonly { mois: string; facture: string; valide: string; rejete: string; paye: string }[];
}

export type Vue = "synthese" | "actions";

interface Props {
  donnees: DonneesIndicateurs;
  filtre: FiltreTableau;
  onFiltre: (filtre: FiltreTableau, vue?: Vue) => void;
  vue: Vue;
  /** The Région may filter by organisme; an organisme's own dashboard is always its own. */
  filtreOrganisme: boolean;
  /** Prefix of the exported files' names (« indicateurs-region »). */
  prefixeFichier: string;
}

const ETATS_SESSION: Record<string, string> = { A_VENIR: "À venir", EN_COURS: "En cours", TERMINEE: "Terminée", ANNULEE: "Annulée" };
const MOMENTS: Record<string, string> = { SORTIE: "À la sortie", SIX_MOIS: "À 6 mois", UN_AN: "À 1 an" };
const SITUATIONS: Record<string, string> = { EMPLOI_SECTEUR: "Emploi dans le secteur", EMPLOI_AUTRE_SECTEUR: "Emploi dans un autre secteur", AUTRE_SITUATION: "Autre situation" };
const CONTRATS: Record<string, string> = { CDI: "CDI", CDD_PLUS_6_MOIS: "CDD de 6 mois et plus", CDD_MOINS_6_MOIS: "CDD de moins de 6 mois", CONTRAT_AIDE: "Contrat aidé", INTERIM: "Intérim", AUTRE: "Autre" };
const statutAction = (s: string) => LIBELLE_STATUT_ACTION[s as CodeStatutAction] ?? s;
const pourcent = (t: string | null | undefined) => (t ? `${formatDecimal(t)} %` : "-");
const mois = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

type Realisation = DonneesIndicateurs["realisationParAction"][number];
type Repartition = DonneesIndicateurs["repartitionOffre"][number];
type MoisFinance = DonneesIndicateurs["financesParMois"][number];
type MoisHeures = DonneesIndicateurs["heuresParMois"][number];
type Enquete = DonneesIndicateurs["enquetes"][number];
type Sortie = DonneesIndicateurs["stagiaires"]["sortiesParMotif"][number];

const CSV_REALISATION: ColonneCsv<Realisation>[] = [
  { titre: "N° Action", valeur: (r) => r.action.numero },
  { titre: "Intitulé", valeur: (r) => r.action.intitule },
  { titre: "Statut", valeur: (r) => statutAction(r.statut) },
  { titre: "Heures réalisées", valeur: (r) => r.heuresRealisees },
  { titre: "Heures contractualisées", valeur: (r) => r.heuresContractualisees },
  { titre: "Taux de réalisation (%)", valeur: (r) => r.tauxRealisation ?? "" },
];
const CSV_REPARTITION: ColonneCsv<Repartition>[] = [
  { titre: "Dispositif", valeur: (r) => r.cle },
  { titre: "Actions", valeur: (r) => r.actions },
  { titre: "Sessions", valeur: (r) => r.sessions },
  { titre: "Places offertes", valeur: (r) => r.placesOffertes },
];
const CSV_FINANCES: ColonneCsv<MoisFinance>[] = [
  { titre: "Mois", valeur: (m) => m.mois },
  { titre: "Facturé (€ TTC)", valeur: (m) => m.facture },
  { titre: "Validé (€ TTC)", valeur: (m) => m.valide },
  { titre: "Rejeté (€ TTC)", valeur: (m) => m.rejete },
  { titre: "Payé (€)", valeur: (m) => m.paye },
];
const CSV_HEURES: ColonneCsv<MoisHeures>[] = [
  { titre: "Mois", valeur: (m) => m.mois },
  { titre: "Heures réalisées en centre", valeur: (m) => m.realiseesCentre },
  { titre: "Heures réalisées en entreprise", valeur: (m) => m.realiseesEntreprise },
  { titre: "Heures réalisées", valeur: (m) => m.realisees },
];
const CSV_ENQUETES: ColonneCsv<Enquete>[] = [
  { titre: "Moment", valeur: (e) => MOMENTS[e.moment] ?? e.moment },
  { titre: "Situation", valeur: (e) => SITUATIONS[e.situation] ?? e.situation },
  { titre: "Contrat", valeur: (e) => (e.contrat ? (CONTRATS[e.contrat] ?? e.contrat) : "") },
  { titre: "Nombre de fiches", valeur: (e) => e.nombre },
];
type StatutNombre = DonneesIndicateurs["actionsParStatut"][number];
type EtatSession = DonneesIndicateurs["offre"]["sessionsParEtat"][number];
const CSV_STATUTS: ColonneCsv<StatutNombre>[] = [
  { titre: "Statut", valeur: (s) => statutAction(s.statut) },
  { titre: "Actions", valeur: (s) => s.nombre },
];
const CSV_SESSIONS: ColonneCsv<EtatSession>[] = [
  { titre: "État", valeur: (s) => ETATS_SESSION[s.etat] ?? s.etat },
  { titre: "Sessions", valeur: (s) => s.nombre },
  { titre: "Places", valeur: (s) => s.places },
];
const CSV_SORTIES: ColonneCsv<Sortie>[] = [
  { titre: "Motif de sortie", valeur: (s) => s.libelle },
  { titre: "Stagiaires sortis", valeur: (s) => s.nombre },
];

/** The dashboard of issue 8, shared by the Région's space and an organisme's home: filters, tiles, charts, tables, CSV. */
/** Actions the dashboard queries ask for (`realisationParAction(premier: 500)` in the Région's and the OF's operations). */
export const PAGE_ACTIONS = 500;

export function VueIndicateurs({ donnees: d, filtre, onFiltre, vue, filtreOrganisme, prefixeFichier }: Props) {
  const fichier = (nom: string) => `${prefixeFichier}-${nom}.csv`;
  const voirActions = (dispositif: string) => onFiltre({ ...filtre, dispositif }, "actions");
  const colonnesRepartition: Colonne<Repartition>[] = [
    { id: "cle", titre: "Dispositif", rendu: (r) => r.cle || "(sans dispositif)", cle: (r) => r.cle, enTeteDeLigne: true },
    { id: "actions", titre: "Actions", rendu: (r) => r.actions, cle: (r) => r.actions },
    { id: "sessions", titre: "Sessions", rendu: (r) => r.sessions, cle: (r) => r.sessions },
    { id: "places", titre: "Places offertes", rendu: (r) => r.placesOffertes, cle: (r) => r.placesOffertes },
    {
      id: "detail", titre: "Détail",
      rendu: (r) => (
        <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={() => voirActions(r.cle)} aria-label={`Voir les actions du dispositif ${r.cle || "(sans dispositif)"}`}>
          Voir les actions
        </button>
      ),
    },
  ];
  const colonnesRealisation: Colonne<Realisation>[] = [
    { id: "numero", titre: "N° Action", rendu: (r) => <span className="sigma-nowrap">{r.action.numero}</span>, cle: (r) => r.action.numero, enTeteDeLigne: true },
    { id: "intitule", titre: "Intitulé", rendu: (r) => r.action.intitule, cle: (r) => r.action.intitule },
    { id: "statut", titre: "Statut", rendu: (r) => statutAction(r.statut), cle: (r) => r.statut },
    { id: "realisees", titre: "Heures réalisées", rendu: (r) => formatHeures(r.heuresRealisees), cle: (r) => Number(r.heuresRealisees) },
    { id: "contrat", titre: "Heures contractualisées", rendu: (r) => formatHeures(r.heuresContractualisees), cle: (r) => Number(r.heuresContractualisees) },
    { id: "taux", titre: "Taux de réalisation", rendu: (r) => pourcent(r.tauxRealisation), cle: (r) => Number(r.tauxRealisation ?? -1) },
  ];
  const colonnesFinances: Colonne<MoisFinance>[] = [
    { id: "mois", titre: "Mois", rendu: (m) => mois(m.mois), cle: (m) => m.mois, enTeteDeLigne: true },
    { id: "facture", titre: "Facturé", rendu: (m) => formatMontant(m.facture), cle: (m) => Number(m.facture) },
    { id: "valide", titre: "Validé", rendu: (m) => formatMontant(m.valide), cle: (m) => Number(m.valide) },
    { id: "rejete", titre: "Rejeté", rendu: (m) => formatMontant(m.rejete), cle: (m) => Number(m.rejete) },
    { id: "paye", titre: "Payé", rendu: (m) => formatMontant(m.paye), cle: (m) => Number(m.paye) },
  ];
  const colonnesEnquetes: Colonne<Enquete>[] = [
    { id: "moment", titre: "Moment", rendu: (e) => MOMENTS[e.moment] ?? e.moment, cle: (e) => e.moment, enTeteDeLigne: true },
    { id: "situation", titre: "Situation", rendu: (e) => SITUATIONS[e.situation] ?? e.situation, cle: (e) => e.situation },
    { id: "contrat", titre: "Contrat", rendu: (e) => (e.contrat ? (CONTRATS[e.contrat] ?? e.contrat) : "-"), cle: (e) => e.contrat ?? "" },
    { id: "nombre", titre: "Nombre de fiches", rendu: (e) => e.nombre, cle: (e) => e.nombre },
  ];
  const colonnesSorties: Colonne<Sortie>[] = [
    { id: "motif", titre: "Motif de sortie", rendu: (s) => s.libelle, cle: (s) => s.libelle, enTeteDeLigne: true },
    { id: "nombre", titre: "Stagiaires sortis", rendu: (s) => s.nombre, cle: (s) => s.nombre },
  ];

  return (
    <div className="sigma-indicateurs">
      <FiltresIndicateurs filtre={filtre} onFiltre={(f) => onFiltre(f, vue)} filtreOrganisme={filtreOrganisme} />
      <nav aria-label="Vues du tableau de bord" className="sigma-indicateurs__vues">
        <button type="button" className={`sigma-bouton${vue === "synthese" ? "" : " sigma-bouton--secondaire"}`} aria-pressed={vue === "synthese"} onClick={() => onFiltre(filtre, "synthese")}>
          Synthèse
        </button>
        <button type="button" className={`sigma-bouton${vue === "actions" ? "" : " sigma-bouton--secondaire"}`} aria-pressed={vue === "actions"} onClick={() => onFiltre(filtre, "actions")}>
          Détail par action
        </button>
      </nav>
      {vue === "actions" ? (
        <section aria-labelledby="titre-realisation">
          <h2 id="titre-realisation">Réalisation par action</h2>
          {d.realisationParAction.length >= PAGE_ACTIONS ? (
            <p role="status">Les {PAGE_ACTIONS} premières actions du périmètre sont affichées : affinez les filtres pour voir les autres.</p>
          ) : null}
          <BoutonCsv nomFichier={fichier("realisation-par-action")} colonnes={CSV_REALISATION} lignes={d.realisationParAction} libelle="réalisation par action" />
          <Tableau titre="Réalisation par action" colonnes={colonnesRealisation} lignes={d.realisationParAction} cleLigne={(r) => r.action.id} vide="Aucune action dans ce périmètre." />
        </section>
      ) : (
        <>
          <Tuiles
            titre="Indicateurs clés"
            tuiles={[
              { id: "actions", libelle: "Actions", valeur: String(d.offre.actions), detail: `${d.offre.sessions} sessions` },
              { id: "places", libelle: "Places offertes", valeur: String(d.offre.placesOffertes) },
              { id: "ic", libelle: "Informations collectives tenues", valeur: String(d.offre.informationsCollectivesTenues) },
              { id: "entres", libelle: "Stagiaires entrés", valeur: String(d.stagiaires.entres), detail: `${d.stagiaires.presents} présents, ${d.stagiaires.sortis} sortis` },
              { id: "heures", libelle: "Heures réalisées", valeur: formatHeures(d.heures.realisees), detail: `sur ${formatHeures(d.heures.contractualisees)} contractualisées` },
              { id: "taux", libelle: "Taux de réalisation", valeur: pourcent(d.heures.tauxRealisation) },
              { id: "declarations", libelle: "Déclarations en attente", valeur: String(d.suivi.declarationsEnAttente), detail: `dont ${d.suivi.declarationsEnRetard} en retard` },
              { id: "fermeture", libelle: "Actions en retard de fermeture", valeur: String(d.suivi.actionsEnRetardFermeture) },
              { id: "facture", libelle: "Facturé", valeur: formatMontant(d.finances.facture), detail: `validé ${formatMontant(d.finances.valide)}` },
              { id: "paye", libelle: "Payé", valeur: formatMontant(d.finances.paye) },
              { id: "avances", libelle: "Avances restant à récupérer", valeur: formatMontant(d.finances.avancesRestantes), detail: `récupéré ${formatMontant(d.finances.avancesRecuperees)}` },
              { id: "delai", libelle: "Délai moyen de paiement", valeur: d.finances.delaiMoyenPaiementJours ? `${formatDecimal(d.finances.delaiMoyenPaiementJours)} j` : "-" },
              { id: "attente", libelle: "Factures en attente de la Région", valeur: String(d.finances.facturesEnAttenteRegion), detail: formatMontant(d.finances.montantEnAttenteRegion) },
            ]}
          />
          <div className="sigma-panneaux">
            <GraphiqueBarres titre="Actions par statut" barres={d.actionsParStatut.map((s) => ({ libelle: statutAction(s.statut), valeur: s.nombre }))} />
            <GraphiqueBarres titre="Sessions par état" barres={d.offre.sessionsParEtat.map((s) => ({ libelle: ETATS_SESSION[s.etat] ?? s.etat, valeur: s.nombre }))} />
          </div>
          <BoutonCsv nomFichier={fichier("actions-par-statut")} colonnes={CSV_STATUTS} lignes={d.actionsParStatut} libelle="actions par statut" />
          <BoutonCsv nomFichier={fichier("sessions-par-etat")} colonnes={CSV_SESSIONS} lignes={d.offre.sessionsParEtat} libelle="sessions par état" />
          <GraphiqueCourbes
            titre="Heures réalisées par mois"
            abscisses={d.heuresParMois.map((m) => mois(m.mois))}
            series={[
              { libelle: "En centre", valeurs: d.heuresParMois.map((m) => m.realiseesCentre) },
              { libelle: "En entreprise", valeurs: d.heuresParMois.map((m) => m.realiseesEntreprise) },
            ]}
            format={(v) => formatHeures(String(v))}
          />
          <GraphiqueCourbes
            titre="Facturé, validé et payé par mois"
            abscisses={d.financesParMois.map((m) => mois(m.mois))}
            series={[
              { libelle: "Facturé", valeurs: d.financesParMois.map((m) => m.facture) },
              { libelle: "Validé", valeurs: d.financesParMois.map((m) => m.valide) },
              { libelle: "Payé", valeurs: d.financesParMois.map((m) => m.paye) },
            ]}
            format={(v) => formatMontant(String(v))}
          />
          <section aria-labelledby="titre-repartition">
            <h2 id="titre-repartition">Offre par dispositif</h2>
            <BoutonCsv nomFichier={fichier("offre-par-dispositif")} colonnes={CSV_REPARTITION} lignes={d.repartitionOffre} libelle="offre par dispositif" />
            <Tableau titre="Offre par dispositif" colonnes={colonnesRepartition} lignes={d.repartitionOffre} cleLigne={(r) => r.cle} vide="Aucune action dans ce périmètre." />
          </section>
          <section aria-labelledby="titre-finances">
            <h2 id="titre-finances">Facturation par mois</h2>
            <BoutonCsv nomFichier={fichier("facturation-par-mois")} colonnes={CSV_FINANCES} lignes={d.financesParMois} libelle="facturation par mois" />
            <Tableau titre="Facturation par mois" colonnes={colonnesFinances} lignes={d.financesParMois} cleLigne={(m) => m.mois} vide="Aucune facture sur la période." />
          </section>
          <section aria-labelledby="titre-heures">
            <h2 id="titre-heures">Heures réalisées par mois</h2>
            <BoutonCsv nomFichier={fichier("heures-par-mois")} colonnes={CSV_HEURES} lignes={d.heuresParMois} libelle="heures réalisées par mois" />
          </section>
          <section aria-labelledby="titre-sorties">
            <h2 id="titre-sorties">Sorties par motif</h2>
            <BoutonCsv nomFichier={fichier("sorties-par-motif")} colonnes={CSV_SORTIES} lignes={d.stagiaires.sortiesParMotif} libelle="sorties par motif" />
            <Tableau titre="Sorties par motif" colonnes={colonnesSorties} lignes={d.stagiaires.sortiesParMotif} cleLigne={(s) => s.motif} vide="Aucune sortie sur la période." />
          </section>
          <section aria-labelledby="titre-enquetes">
            <h2 id="titre-enquetes">Enquêtes de suivi</h2>
            <BoutonCsv nomFichier={fichier("enquetes")} colonnes={CSV_ENQUETES} lignes={d.enquetes} libelle="enquêtes de suivi" />
            <Tableau titre="Enquêtes de suivi" colonnes={colonnesEnquetes} lignes={d.enquetes} cleLigne={(e) => `${e.moment}-${e.situation}-${e.contrat ?? ""}`} vide="Aucune fiche de suivi." />
          </section>
        </>
      )}
    </div>
  );
}

function FiltresIndicateurs({ filtre, onFiltre, filtreOrganisme }: { filtre: FiltreTableau; onFiltre: (f: FiltreTableau) => void; filtreOrganisme: boolean }) {
  const [brouillon, setBrouillon] = useState<Record<string, string>>({
    annee: filtre.anneeProgrammation ? String(filtre.anneeProgrammation) : "",
    dispositif: filtre.dispositif ?? "",
    departement: filtre.departement ?? "",
    organisme: filtre.organismeId ?? "",
    du: filtre.du ?? "",
    au: filtre.au ?? "",
  });
  const champ = (id: string, libelle: string, type = "text") => (
    <div className="sigma-champ">
      <label htmlFor={`filtre-${id}`}>{libelle}</label>
      <input id={`filtre-${id}`} name={id} type={type} value={brouillon[id] ?? ""} onChange={(e) => setBrouillon({ ...brouillon, [id]: e.target.value })} />
    </div>
  );
  const appliquer = (e: FormEvent) => {
    e.preventDefault();
    const valeur = (k: string) => brouillon[k]?.trim() || undefined;
    onFiltre({
      anneeProgrammation: valeur("annee") && /^\d{4}$/.test(valeur("annee")!) ? Number(valeur("annee")) : undefined,
      dispositif: valeur("dispositif"),
      departement: valeur("departement"),
      organismeId: filtreOrganisme ? valeur("organisme") : undefined,
      du: valeur("du"),
      au: valeur("au"),
    });
  };
  return (
    <form className="sigma-filtres" aria-label="Filtres des indicateurs" onSubmit={appliquer}>
      {champ("annee", "Année de programmation")}
      {champ("dispositif", "Dispositif")}
      {champ("departement", "Département")}
      {filtreOrganisme ? champ("organisme", "Organisme (identifiant)") : null}
      {champ("du", "Du", "date")}
      {champ("au", "Au", "date")}
      <button type="submit" className="sigma-bouton">Appliquer</button>
    </form>
  );
}
