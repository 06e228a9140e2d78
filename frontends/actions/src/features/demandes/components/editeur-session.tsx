import { useMutation } from "@apollo/client/react";
import { Champ } from "@sigma/ui-kit/components/champ";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Choix } from "@sigma/ui-kit/components/choix";
import { Avertissement, Erreur } from "@sigma/ui-kit/components/status";
import { champEnErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { aucuneErreur, type Erreurs } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { getFragmentData, graphql } from "../../../gql";
import { IC_VIDE, validerIc, validerSession, versIcInput, type SaisieIc, type SaisieSession } from "../lib/validation";
import type { Demande } from "./demande-page";

export const sessionEditeeFragment = graphql(/* GraphQL */ `
  fragment SessionEditee on Session {
    __typename
    id
    numero
    dateDebut
    dateFin
    nbPlaces
    codeOffreInfo
    site {
      id
    }
    informationsCollectives {
      id
      date
      heureDebut
      heureFin
      nbPlaces
      commentaire
      adresse {
        numeroVoie
        extensionVoie
        typeVoie
        libelleVoie
        complement
        mentionSpeciale
        codePostal
        ville
        cedex
      }
    }
  }
`);

const enregistrerSessionMutation = graphql(/* GraphQL */ `
  mutation EnregistrerSession($demandeId: ID!, $session: SessionInput!) {
    enregistrerSession(demandeId: $demandeId, session: $session) {
      id
      lignes {
        intitule
        avant
        apres
      }
    }
  }
`);

/** Seed 004 § 1.2 step 5 and § 2.1: « Caractéristiques » of the session and « Liste des informations collectives ». */
export function EditeurSession({ demande, onEnregistree }: { demande: Demande; onEnregistree: () => void }) {
  const existante = demande.session ? getFragmentData(sessionEditeeFragment, demande.session) : null;
  const composante = demande.composante!;
  const sites = demande.action.organisme.sites;
  const [session, setSession] = useState<SaisieSession>({
    numero: existante?.numero ?? "",
    dateDebut: existante?.dateDebut ?? null,
    dateFin: existante?.dateFin ?? null,
    siteId: existante?.site.id ?? (sites.length === 1 ? sites[0]!.id : ""),
    nbPlaces: existante ? String(existante.nbPlaces) : "",
    codeOffreInfo: existante?.codeOffreInfo ?? "",
  });
  const [ics, setIcs] = useState<SaisieIc[]>(
    (existante?.informationsCollectives ?? []).map((ic) => ({
      id: ic.id,
      date: ic.date,
      heureDebut: ic.heureDebut,
      heureFin: ic.heureFin,
      nbPlaces: String(ic.nbPlaces),
      commentaire: ic.commentaire ?? "",
      numeroVoie: ic.adresse.numeroVoie ?? "",
      extensionVoie: ic.adresse.extensionVoie ?? "",
      typeVoie: ic.adresse.typeVoie ?? "",
      libelleVoie: ic.adresse.libelleVoie,
      complement: ic.adresse.complement ?? "",
      mentionSpeciale: ic.adresse.mentionSpeciale ?? "",
      codePostal: ic.adresse.codePostal,
      ville: ic.adresse.ville,
      cedex: ic.adresse.cedex ?? "",
    })),
  );
  const [icOuverte, setIcOuverte] = useState<{ index: number | null; ic: SaisieIc } | null>(null);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [enregistrer, enregistrement] = useMutation(enregistrerSessionMutation);
  const change = (champ: keyof SaisieSession) => (valeur: string | null) => setSession((s) => ({ ...s, [champ]: valeur ?? "" }));
  const serveur = champEnErreur(enregistrement.error);

  const envoyer = async () => {
    const e = validerSession(session, composante, existante !== null);
    setErreurs(e);
    if (!aucuneErreur(e)) return;
    const resultat = await enregistrer({
      variables: {
        demandeId: demande.id,
        session: {
          ...(existante ? {} : session.numero.trim() ? { numero: session.numero.trim() } : {}),
          dateDebut: session.dateDebut!,
          dateFin: session.dateFin!,
          siteId: session.siteId,
          nbPlaces: Number(session.nbPlaces),
          codeOffreInfo: session.codeOffreInfo.trim() || null,
          informationsCollectives: ics.map(versIcInput),
        },
      },
      refetchQueries: ["DemandeModification"],
      awaitRefetchQueries: true,
    }).catch(() => null);
    if (resultat?.data) onEnregistree();
  };

  return (
    <>
      <form
        className="sigma-formulaire"
        aria-labelledby="caracteristiques-titre"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void envoyer();
        }}
      >
        <h3 id="caracteristiques-titre">Caractéristiques</h3>
        <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
        <p>
          Composantes * : <strong>{`${composante.numero} ${composante.intitule}`}</strong>{" "}
          <span className="sigma-discret">(du {formatDate(composante.dateDebut)} au {formatDate(composante.dateFin)})</span>
        </p>
        <div className="sigma-grille">
          <Champ
            label="Num. de session"
            name="numero"
            value={session.numero}
            onChange={(e) => change("numero")(e.target.value)}
            readOnly={existante !== null}
            aide={existante ? undefined : "2 chiffres ; le suivant libre si vide"}
            erreur={erreurs.numero}
          />
          <Champ label="Nb. de places" name="nbPlaces" required inputMode="numeric" value={session.nbPlaces} onChange={(e) => change("nbPlaces")(e.target.value)} aide="0 annule la session" erreur={erreurs.nbPlaces} />
          <ChampDate label="Date début" name="dateDebut" isRequired valeur={session.dateDebut} onChange={change("dateDebut")} aide="jj/mm/aaaa" erreur={erreurs.dateDebut} />
          <ChampDate label="Date fin" name="dateFin" isRequired valeur={session.dateFin} onChange={change("dateFin")} aide="jj/mm/aaaa" erreur={erreurs.dateFin} />
          <Choix
            label="Lieu de la session"
            name="siteId"
            required
            options={sites.map((s) => ({ valeur: s.id, libelle: s.libelleComplet }))}
            valeur={session.siteId}
            onChange={change("siteId")}
            erreur={erreurs.siteId}
          />
          <Champ label="Code offre info" name="codeOffreInfo" value={session.codeOffreInfo} onChange={(e) => change("codeOffreInfo")(e.target.value)} erreur={erreurs.codeOffreInfo} />
        </div>
        <h3 id="ic-liste-titre">Liste des informations collectives</h3>
        {ics.length === 0 ? (
          <p className="sigma-vide">Aucune information collective n'est affectée à cette session.</p>
        ) : (
          <div className="sigma-table-defilement">
            <table className="sigma-table" aria-labelledby="ic-liste-titre">
              <thead>
                <tr>
                  {["Date", "Adresse", "Ville", "Code postal", "Heure début", "Heure fin", "Nb. de places", "Gestion"].map((t) => (
                    <th key={t} scope="col">
                      {t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ics.map((ic, index) => (
                  <tr key={ic.id ?? `nouvelle-${index}`}>
                    <th scope="row">{formatDate(ic.date)}</th>
                    <td>{[ic.numeroVoie, ic.extensionVoie, ic.typeVoie, ic.libelleVoie].filter(Boolean).join(" ")}</td>
                    <td>{ic.ville}</td>
                    <td>{ic.codePostal}</td>
                    <td>{ic.heureDebut}</td>
                    <td>{ic.heureFin}</td>
                    <td>{ic.nbPlaces}</td>
                    <td>
                      <div className="sigma-actions">
                        <button type="button" className="sigma-lien-bouton" onClick={() => setIcOuverte({ index, ic })}>
                          Modifier<span className="sigma-invisible"> l'information collective du {formatDate(ic.date)}</span>
                        </button>
                        {ic.id ? null : (
                          <button type="button" className="sigma-lien-bouton" onClick={() => setIcs((l) => l.filter((_, i) => i !== index))}>
                            Supprimer<span className="sigma-invisible"> l'information collective du {formatDate(ic.date)}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {icOuverte === null ? (
          <p>
            <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={() => setIcOuverte({ index: null, ic: IC_VIDE })}>
              + Ajouter une information collective
            </button>
          </p>
        ) : null}
        {icOuverte ? null : (
          <>
            {enregistrement.error ? <Erreur error={enregistrement.error} /> : null}
            {serveur ? <p className="sigma-discret">Champ concerné : {serveur}</p> : null}
            <div className="sigma-actions">
              <button type="submit" className="sigma-bouton" disabled={enregistrement.loading}>
                Enregistrer et passer à l'étape suivante
              </button>
            </div>
          </>
        )}
      </form>
      {icOuverte ? (
        <EditeurIc
          initiale={icOuverte.ic}
          onAnnuler={() => setIcOuverte(null)}
          onEnregistrer={(ic) => {
            setIcs((l) => (icOuverte.index === null ? [...l, ic] : l.map((x, i) => (i === icOuverte.index ? ic : x))));
            setIcOuverte(null);
          }}
        />
      ) : null}
    </>
  );
}

/** Seed 004 § 2.1: « Caractéristiques de l'information collective ». */
function EditeurIc({ initiale, onAnnuler, onEnregistrer }: { initiale: SaisieIc; onAnnuler: () => void; onEnregistrer: (ic: SaisieIc) => void }) {
  const [ic, setIc] = useState<SaisieIc>(initiale);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const texte = (champ: keyof SaisieIc, label: string, options: { required?: boolean; aide?: string } = {}) => (
    <Champ label={label} name={`ic-${champ}`} required={options.required} aide={options.aide} value={(ic[champ] as string) ?? ""} onChange={(e) => setIc((x) => ({ ...x, [champ]: e.target.value }))} erreur={erreurs[champ]} />
  );
  return (
    <form
      className="sigma-formulaire sigma-bloc-action"
      aria-labelledby="ic-titre"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const errs = validerIc(ic);
        setErreurs(errs);
        if (aucuneErreur(errs)) onEnregistrer(ic);
      }}
    >
      <h3 id="ic-titre">Caractéristiques de l'information collective</h3>
      <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
      <div className="sigma-grille">
        <ChampDate label="Date" name="ic-date" isRequired valeur={ic.date} onChange={(d) => setIc((x) => ({ ...x, date: d }))} aide="jj/mm/aaaa" erreur={erreurs.date} />
        {texte("nbPlaces", "Nb. de places", { required: true, aide: "La capacité d'accueil en information collective" })}
        {texte("heureDebut", "Heure de début (hh:mm)", { required: true, aide: "ex. 10:00" })}
        {texte("heureFin", "Heure de fin (hh:mm)", { required: true, aide: "ex. 12:00" })}
      </div>
      <div className="sigma-champ">
        <label htmlFor="ic-commentaire">Commentaire</label>
        <span id="ic-commentaire-aide" className="sigma-champ__aide">
          Repris tel quel sur le site Meformer
        </span>
        <textarea id="ic-commentaire" rows={2} value={ic.commentaire} aria-describedby="ic-commentaire-aide" onChange={(e) => setIc((x) => ({ ...x, commentaire: e.target.value }))} />
        {erreurs.commentaire ? <span className="sigma-champ__erreur">{erreurs.commentaire}</span> : null}
      </div>
      <fieldset>
        <legend>Adresse *</legend>
        <div className="sigma-grille">
          {texte("numeroVoie", "N° de voie")}
          {texte("extensionVoie", "Extension voie")}
          {texte("typeVoie", "Type de voie")}
          {texte("libelleVoie", "Libellé de la voie", { required: true })}
          {texte("complement", "Entrée, Immeuble, Bâtiment, Résidence...")}
          {texte("mentionSpeciale", "Mention spéciale (BP, CS ...) - commune géographique")}
          {texte("codePostal", "Code postal", { required: true })}
          {texte("ville", "Ville", { required: true })}
          {texte("cedex", "Cedex")}
        </div>
      </fieldset>
      <Avertissement>Le nombre de places correspond à la capacité d'accueil en information collective.</Avertissement>
      <div className="sigma-actions">
        <button type="button" className="sigma-bouton sigma-bouton--secondaire" onClick={onAnnuler}>
          Annuler
        </button>
        <button type="submit" className="sigma-bouton">
          Enregistrer l'information collective
        </button>
      </div>
    </form>
  );
}
