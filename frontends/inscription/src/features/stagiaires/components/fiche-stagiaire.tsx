import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Choix, OuiNon } from "@sigma/ui-kit/components/choix";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Avertissement, Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { champEnErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aucuneErreur, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState, type ChangeEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { getFragmentData, graphql } from "../../../gql";
import type { FicheStagiaireQuery, LieuFormation, StagiaireFicheFragment } from "../../../gql/graphql";
import { CIVILITES, DUREES_CHOMAGE, NIVEAUX, ORGANISMES_REMUNERATION, PRESCRIPTEURS, SEXES, TRANCHES_AGE } from "../lib/libelles";
import { CHAMPS_PARCOURS, depuisStagiaire, FICHE_VIDE, validerFiche, versStagiaireInput, type Fiche } from "../lib/validation";
import { SortieStagiaire } from "./sortie-stagiaire";

export const stagiaireFicheFragment = graphql(/* GraphQL */ `
  fragment StagiaireFiche on Stagiaire {
    __typename
    id
    civilite
    nom
    prenom
    dateNaissance
    sexe
    nationalite
    categorieSocioProfessionnelle
    adresse
    autreAdresse
    codePostal
    ville
    adresseFormation
    autreAdresseFormation
    codePostalFormation
    villeFormation
    codeInsee
    dateEntree
    organismeRemuneration
    niveauEntree
    trancheAge
    dureeChomage
    prescripteur
    beneficiaireRmi
    travailleurHandicape
    complet
    champsManquants
    modifiableDirectement
    dateSortie
    finFormation
    libelleMotifSortie
    parcours {
      parcoursEnvisage
      heuresCentre
      heuresEntreprise
      nombrePeriodesEntreprise
      modulesEnseignementGeneral
      modulesEnseignementProfessionnel
      objectifsPeriodesEntreprise
      objectifsFormation
      vaeEnvisagee
      dateDebut
      dateFin
      periodes {
        lieu
        dateDebut
        dateFin
      }
    }
  }
`);

const ficheQuery = graphql(/* GraphQL */ `
  query FicheStagiaire($actionId: ID!, $stagiaireId: ID!, $avecStagiaire: Boolean!) {
    actionParId(id: $actionId) {
      id
      numero
      intitule
      type
      statut
      dateFinPrevue
      dateDebutReelle
    }
    stagiaire(id: $stagiaireId) @include(if: $avecStagiaire) {
      ...StagiaireFiche
    }
  }
`);

const inscrireMutation = graphql(/* GraphQL */ `
  mutation InscrireStagiaire($actionId: ID!, $input: StagiaireInput!, $partiel: Boolean!) {
    inscrireStagiaire(actionId: $actionId, input: $input, partiel: $partiel) {
      id
      complet
    }
  }
`);

const modifierMutation = graphql(/* GraphQL */ `
  mutation ModifierStagiaire($id: ID!, $input: StagiaireInput!, $partiel: Boolean!) {
    modifierStagiaire(id: $id, input: $input, partiel: $partiel) {
      id
      complet
    }
  }
`);

const demanderMutation = graphql(/* GraphQL */ `
  mutation DemanderModificationStagiaire($stagiaireId: ID!, $input: StagiaireInput!, $motivation: String!) {
    demanderModificationStagiaire(stagiaireId: $stagiaireId, input: $input, motivation: $motivation) {
      id
      etat
    }
  }
`);

/** The server's words for a request without a reason (execution's demande-modification.service). */
export const MOTIVATION_REQUISE = "Motivez la demande de modification.";

/** Seed 001 § 3.2 « Déclaration de l'entrée d'un stagiaire »: the loader, then the form. */
export function FicheStagiaire() {
  const { actionId = "", stagiaireId } = useParams();
  const { data, loading, error } = useQuery(ficheQuery, {
    variables: { actionId, stagiaireId: stagiaireId ?? "0", avecStagiaire: Boolean(stagiaireId) },
    fetchPolicy: SANS_CACHE,
  });
  if (loading && !data) return <Chargement>Chargement de la fiche…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const action = data?.actionParId;
  if (!action) return <Erreur>Action introuvable.</Erreur>;
  const stagiaire = data?.stagiaire ? getFragmentData(stagiaireFicheFragment, data.stagiaire) : null;
  if (stagiaireId && !stagiaire) return <Erreur>Stagiaire introuvable.</Erreur>;
  return (
    <>
      <FormulaireFiche key={stagiaire?.id ?? "nouveau"} action={action} stagiaire={stagiaire} />
      {stagiaire && action.statut === "EC" ? <SortieStagiaire stagiaire={stagiaire} /> : null}
    </>
  );
}

type Action = NonNullable<FicheStagiaireQuery["actionParId"]>;
type StagiaireLu = StagiaireFicheFragment;

function FormulaireFiche({ action, stagiaire }: { action: Action; stagiaire: StagiaireLu | null }) {
  const navigate = useNavigate();
  const [fiche, setFiche] = useState<Fiche>(stagiaire ? depuisStagiaire(stagiaire) : FICHE_VIDE);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [inscrire, inscription] = useMutation(inscrireMutation, { refetchQueries: ["InscriptionStagiaires"] });
  const [modifier, modification] = useMutation(modifierMutation, { refetchQueries: ["InscriptionStagiaires"] });
  const [demander, demandeEnvoyee] = useMutation(demanderMutation);
  const erreurServeur = inscription.error ?? modification.error ?? demandeEnvoyee.error;
  const champServeur = champEnErreur(erreurServeur);
  // After the opening and the entry, the record changes only through a request to the Région:
  // « Demander une modification » unlocks the fields for that request.
  const verrouillee = stagiaire !== null && !stagiaire.modifiableDirectement;
  const [enDemande, setEnDemande] = useState(false);
  const [motivation, setMotivation] = useState("");
  const lectureSeule = verrouillee && !enDemande;
  const enCours = inscription.loading || modification.loading || demandeEnvoyee.loading;
  const individualisee = action.type === "INDIVIDUALISEE";

  const set = <K extends keyof Fiche>(champ: K) => (valeur: Fiche[K]) => setFiche((f) => ({ ...f, [champ]: valeur }));
  const texte = (champ: keyof Fiche, label: string, options: { requis?: boolean; aide?: string; inputMode?: "numeric" | "decimal" } = {}) => (
    <Champ
      label={label}
      name={champ}
      required={options.requis}
      aide={options.aide}
      inputMode={options.inputMode}
      readOnly={lectureSeule}
      value={(fiche[champ] as string) ?? ""}
      onChange={(e: ChangeEvent<HTMLInputElement>) => set(champ)(e.target.value as never)}
      erreur={erreurs[champ] ?? (champServeur === champ ? "Refusé par le serveur : voir le message ci-dessous." : undefined)}
    />
  );
  const zone = (champ: keyof Fiche, label: string, requis = individualisee) => (
    <div className="sigma-champ">
      <label htmlFor={`fiche-${champ}`}>
        {label}
        {requis ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        id={`fiche-${champ}`}
        rows={2}
        readOnly={lectureSeule}
        value={(fiche[champ] as string) ?? ""}
        onChange={(e) => set(champ)(e.target.value as never)}
        aria-invalid={erreurs[champ] ? true : undefined}
        aria-describedby={erreurs[champ] ? `fiche-${champ}-erreur` : undefined}
      />
      {erreurs[champ] ? (
        <span id={`fiche-${champ}-erreur`} className="sigma-champ__erreur">
          {erreurs[champ]}
        </span>
      ) : null}
    </div>
  );
  const liste = (champ: keyof Fiche, label: string, options: readonly { valeur: string; libelle: string }[], requis = true) => (
    <Choix label={label} name={champ} required={requis} options={options} valeur={(fiche[champ] as string) ?? ""} onChange={(v) => set(champ)(v as never)} disabled={lectureSeule} erreur={erreurs[champ]} />
  );
  const date = (champ: "dateNaissance" | "dateEntree" | "dateDebutParcours" | "dateFinParcours", label: string, requis = true) => (
    <ChampDate label={label} name={champ} isRequired={requis} isDisabled={lectureSeule} valeur={fiche[champ]} onChange={set(champ)} aide="jj/mm/aaaa" erreur={erreurs[champ]} />
  );

  const enregistrer = async (partiel: boolean) => {
    const e = validerFiche(fiche, { type: action.type, dateFinPrevue: action.dateFinPrevue, dateDebutReelle: action.dateDebutReelle ?? null }, partiel);
    if (enDemande && !motivation.trim()) e.motivation = MOTIVATION_REQUISE;
    setErreurs(e);
    if (!aucuneErreur(e)) return;
    const input = versStagiaireInput(fiche);
    if (stagiaire && enDemande) {
      const envoi = await demander({ variables: { stagiaireId: stagiaire.id, input, motivation: motivation.trim() } }).catch(() => null);
      if (!envoi?.data) return;
      navigate("/inscription", {
        state: { message: `La demande de modification de la fiche de ${stagiaire.nom.toUpperCase()} ${stagiaire.prenom} a été envoyée au Conseil régional : la fiche sera modifiée à sa validation.` },
      });
      return;
    }
    const resultat = stagiaire
      ? await modifier({ variables: { id: stagiaire.id, input, partiel } }).catch(() => null)
      : await inscrire({ variables: { actionId: action.id, input, partiel } }).catch(() => null);
    if (!resultat?.data) return;
    const nom = `${fiche.nom.trim().toUpperCase()} ${fiche.prenom.trim()}`;
    navigate("/inscription", {
      state: { message: partiel ? `Les informations partielles de ${nom} ont été enregistrées (inscription en attente).` : `La fiche de ${nom} a été enregistrée.` },
    });
  };

  const messages = Object.entries(erreurs).filter(([champ]) => champ !== "fiche");
  const periodes = fiche.periodes;
  const ajouterPeriode = (lieu: LieuFormation) => set("periodes")([...periodes, { lieu, dateDebut: null, dateFin: null }]);
  return (
    <section aria-labelledby="fiche-titre">
      <p className="sigma-fil">
        <Link to="/inscription">Inscription</Link> » {action.numero}
      </p>
      <h2 id="fiche-titre">{stagiaire ? `Fiche de ${stagiaire.nom.toUpperCase()} ${stagiaire.prenom}` : "Déclaration de l'entrée d'un stagiaire"}</h2>
      <p>
        Action <strong>{action.numero}</strong> — {action.intitule}
      </p>
      {stagiaire && !stagiaire.complet ? <Avertissement>Fiche partielle : à compléter ({stagiaire.champsManquants.join(", ")}).</Avertissement> : null}
      {verrouillee ? (
        <Avertissement>
          Après l'ouverture de l'action et l'entrée du stagiaire en formation, sa fiche ne se modifie que par une demande de modification validée par le Conseil régional.
          {enDemande ? " Modifiez les champs, motivez la demande puis envoyez-la." : null}
        </Avertissement>
      ) : null}
      <p className="sigma-obligatoires">Les champs précédés d'un astérisque * sont obligatoires.</p>
      {erreurs.fiche || messages.length ? (
        <div className="sigma-message sigma-message--erreur" role="alert">
          {erreurs.fiche ? <p>{erreurs.fiche}</p> : null}
          {messages.length && !erreurs.fiche ? (
            <ul>
              {messages.map(([champ, m]) => (
                <li key={champ}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form
        className="sigma-formulaire"
        aria-labelledby="fiche-titre"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void enregistrer(false);
        }}
      >
        <Onglets
          titre="Fiche du stagiaire"
          onglets={[
            {
              id: "identite",
              titre: "Identité générale",
              contenu: (
                <>
                  <div className="sigma-grille">
                    {liste("civilite", "Civilité", CIVILITES)}
                    {texte("nom", "Nom", { requis: true })}
                    {texte("prenom", "Prénom", { requis: true })}
                    {date("dateNaissance", "Date de naissance")}
                    {liste("sexe", "Sexe", SEXES)}
                    {liste("nationalite", "Nationalité", [{ valeur: "FRANCAISE", libelle: "Française" }, { valeur: "AUTRE", libelle: "Autre" }], false)}
                    {texte("categorieSocioProfessionnelle", "Catégorie socio-professionnelle")}
                  </div>
                  <fieldset>
                    <legend>Adresse du stagiaire où il peut réceptionner son courrier</legend>
                    <div className="sigma-grille">
                      {texte("adresse", "Adresse", { requis: true })}
                      {texte("autreAdresse", "Autre adresse")}
                      {texte("codePostal", "Code postal", { requis: true, inputMode: "numeric" })}
                      {texte("ville", "Ville")}
                      {texte("codeInsee", "Code Insee", { aide: "5 caractères (ex. 34172, 2A004)" })}
                    </div>
                  </fieldset>
                  <fieldset>
                    <legend>Adresse pendant la durée de formation</legend>
                    <div className="sigma-grille">
                      {texte("adresseFormation", "Adresse pendant la formation")}
                      {texte("autreAdresseFormation", "Autre adresse pendant la formation")}
                      {texte("codePostalFormation", "Code postal pendant la formation", { inputMode: "numeric" })}
                      {texte("villeFormation", "Ville pendant la formation")}
                    </div>
                  </fieldset>
                  <div className="sigma-grille">
                    {date("dateEntree", "Date d'entrée")}
                    {liste("organismeRemuneration", "Organisme chargé de la rémunération du stagiaire", ORGANISMES_REMUNERATION)}
                    {liste("niveauEntree", "Niveau à l'entrée en stage", NIVEAUX)}
                    {liste("trancheAge", "Tranches d'âges", TRANCHES_AGE)}
                    {liste("dureeChomage", "Durée de chômage", DUREES_CHOMAGE)}
                    {liste("prescripteur", "Prescripteur", PRESCRIPTEURS)}
                    <OuiNon legende="Bénéficiaire RMI" name="beneficiaireRmi" required valeur={fiche.beneficiaireRmi} onChange={set("beneficiaireRmi")} erreur={erreurs.beneficiaireRmi} />
                    <OuiNon legende="Travailleur handicapé" name="travailleurHandicape" valeur={fiche.travailleurHandicape} onChange={set("travailleurHandicape")} />
                  </div>
                </>
              ),
            },
            {
              id: "parcours",
              titre: "Définition de parcours",
              contenu: (
                <>
                  {individualisee ? null : <p className="sigma-discret">Action collective : le parcours individualisé est facultatif.</p>}
                  <h3>Description du parcours individualisé</h3>
                  {zone("parcoursEnvisage", "Parcours professionnel envisagé")}
                  <h3>Durée du parcours</h3>
                  <div className="sigma-grille">
                    {texte("heuresCentre", "Nombre d'heures en centre", { requis: individualisee, inputMode: "decimal", aide: "ex. 310,00" })}
                    {texte("heuresEntreprise", "Nombre d'heures en entreprise", { requis: individualisee, inputMode: "decimal", aide: "ex. 140,00" })}
                    {texte("nombrePeriodesEntreprise", "Nombre de périodes en entreprise", { requis: individualisee, inputMode: "numeric" })}
                  </div>
                  <h3>Dates et périodes</h3>
                  {periodes.length ? (
                    <ul className="sigma-liste">
                      {periodes.map((p, i) => (
                        <li key={i}>
                          <fieldset>
                            <legend>{`Période ${i + 1} ${p.lieu === "CENTRE" ? "en centre" : "en entreprise"}`}</legend>
                            <div className="sigma-grille">
                              <ChampDate
                                label={`Date de début de la période ${i + 1}`}
                                name={`periode-${i}-debut`}
                                isRequired
                                valeur={p.dateDebut}
                                onChange={(d) => set("periodes")(periodes.map((x, j) => (j === i ? { ...x, dateDebut: d } : x)))}
                              />
                              <ChampDate
                                label={`Date de fin de la période ${i + 1}`}
                                name={`periode-${i}-fin`}
                                isRequired
                                valeur={p.dateFin}
                                onChange={(d) => set("periodes")(periodes.map((x, j) => (j === i ? { ...x, dateFin: d } : x)))}
                                erreur={erreurs[`periodes.${i}`]}
                              />
                            </div>
                            <button type="button" className="sigma-lien-bouton" onClick={() => set("periodes")(periodes.filter((_, j) => j !== i))}>
                              Supprimer la période {i + 1}
                            </button>
                          </fieldset>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="sigma-actions">
                    <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={() => ajouterPeriode("CENTRE")} disabled={lectureSeule}>
                      Ajouter une période en centre
                    </button>
                    <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={() => ajouterPeriode("ENTREPRISE")} disabled={lectureSeule}>
                      Ajouter une période en entreprise
                    </button>
                  </p>
                  <h3>Contenu de la formation</h3>
                  {zone("modulesEnseignementGeneral", "Modules d'enseignement général")}
                  {zone("modulesEnseignementProfessionnel", "Modules d'enseignement professionnel")}
                  {zone("objectifsPeriodesEntreprise", "Objectifs des périodes en entreprise")}
                  <h3>Résultats du positionnement</h3>
                  {zone("objectifsFormation", "Objectifs de formation définis")}
                  <OuiNon
                    legende="Le recours à un dispositif de Validation des Acquis et de l'Expérience est-il envisagé ?"
                    name="vaeEnvisagee"
                    required={individualisee}
                    valeur={fiche.vaeEnvisagee}
                    onChange={set("vaeEnvisagee")}
                    erreur={erreurs.vaeEnvisagee}
                  />
                  <h3>Date prévisionnelle du parcours</h3>
                  <div className="sigma-grille">
                    {date("dateDebutParcours", "Date de début du parcours", individualisee)}
                    {date("dateFinParcours", "Date de fin du parcours", individualisee)}
                  </div>
                </>
              ),
            },
          ]}
        />
        {enDemande ? (
          <div className="sigma-champ">
            <label htmlFor="fiche-motivation">
              Motivation de la demande<span aria-hidden="true"> *</span>
            </label>
            <textarea
              id="fiche-motivation"
              rows={3}
              maxLength={4000}
              required
              value={motivation}
              onChange={(e) => setMotivation(e.target.value)}
              aria-invalid={erreurs.motivation ? true : undefined}
              aria-describedby={erreurs.motivation ? "fiche-motivation-erreur" : undefined}
            />
            {erreurs.motivation ? (
              <span id="fiche-motivation-erreur" className="sigma-champ__erreur">
                {erreurs.motivation}
              </span>
            ) : null}
          </div>
        ) : null}
        {erreurServeur ? <Erreur error={erreurServeur} /> : null}
        <div className="sigma-actions">
          {verrouillee ? (
            enDemande ? (
              <>
                <button
                  type="button"
                  className="sigma-bouton sigma-bouton--secondaire"
                  onClick={() => {
                    setEnDemande(false);
                    setFiche(depuisStagiaire(stagiaire!));
                    setErreurs({});
                  }}
                >
                  Annuler la demande
                </button>
                <button type="submit" className="sigma-bouton" disabled={enCours}>
                  Envoyer la demande de modification
                </button>
              </>
            ) : (
              <button type="button" className="sigma-bouton" onClick={() => setEnDemande(true)}>
                Demander une modification de la fiche
              </button>
            )
          ) : (
            <>
              <button type="button" className="sigma-bouton sigma-bouton--secondaire" disabled={enCours} onClick={() => void enregistrer(true)}>
                Valider les informations partielles
              </button>
              <button type="submit" className="sigma-bouton" disabled={enCours}>
                Enregistrer
              </button>
            </>
          )}
          <Link to="/inscription">Retour</Link>
        </div>
        {stagiaire?.dateEntree ? <p className="sigma-discret">Entré(e) le {formatDate(stagiaire.dateEntree)}.</p> : null}
        {Object.keys(erreurs).some((c) => CHAMPS_PARCOURS.has(c as keyof Fiche)) ? <p className="sigma-discret">Des champs de l'onglet « Définition de parcours » sont à corriger.</p> : null}
      </form>
    </section>
  );
}
