import { useState } from "react";
import { Button } from "react-aria-components";
import { telecharger, type DocumentGraphe } from "../lib/documents";
import { Erreur } from "./status";

export type EtatEdition = "EN_ATTENTE" | "VALIDEES" | "REJETEES";

/** Seed 001 § 3.8 « Demandes de paiement »: the three printable lists. */
export const EDITIONS_DEMANDES: readonly { etat: EtatEdition; libelle: string }[] = [
  { etat: "EN_ATTENTE", libelle: "En attente de validation par la Région" },
  { etat: "VALIDEES", libelle: "Validées par la Région avec les informations de paiement" },
  { etat: "REJETEES", libelle: "Rejetées par la Région avec les motifs de rejets" },
];

/**
 * « Editions » of the payment requests (seed 001 § 3.8): one button per state, each downloads
 * the PDF the graph prints (`editionDemandesPaiement`), fetched by the section's own operation.
 */
export function EditionsDemandesPaiement({ charger }: { charger: (etat: EtatEdition) => Promise<DocumentGraphe> }) {
  const [erreur, setErreur] = useState<unknown>(null);
  const [enCours, setEnCours] = useState<EtatEdition | null>(null);
  return (
    <section aria-labelledby="editions-demandes" className="sigma-editions">
      <h3 id="editions-demandes">Editions — Demandes de paiement</h3>
      <ul>
        {EDITIONS_DEMANDES.map(({ etat, libelle }) => (
          <li key={etat}>
            <Button
              className="sigma-lien-bouton"
              isDisabled={enCours !== null}
              onPress={async () => {
                setErreur(null);
                setEnCours(etat);
                try {
                  telecharger(await charger(etat));
                } catch (error) {
                  setErreur(error);
                } finally {
                  setEnCours(null);
                }
              }}
            >
              {`Demandes de paiement — ${libelle} (PDF)`}
            </Button>
          </li>
        ))}
      </ul>
      {erreur ? <Erreur error={erreur} /> : null}
    </section>
  );
}
