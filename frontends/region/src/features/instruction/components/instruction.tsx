import { Onglets } from "@sigma/ui-kit/components/onglets";
import { DemandesRegion } from "./demandes-region";
import { FacturesAValider, Paiements } from "./factures-region";

/** « Espace Région »: requests to validate, invoices to validate or reject with a motif, payments and editions. */
export function Instruction() {
  return (
    <Onglets
      titre="Espace Région"
      onglets={[
        { id: "demandes", titre: "Demandes de modification", contenu: <DemandesRegion /> },
        {
          id: "factures",
          titre: "Factures à valider",
          contenu: (
            <>
              <h2>Factures émises en attente de validation Région</h2>
              <FacturesAValider />
            </>
          ),
        },
        {
          id: "paiements",
          titre: "Paiements",
          contenu: (
            <>
              <h2>Factures validées par la Région</h2>
              <Paiements />
            </>
          ),
        },
      ]}
    />
  );
}
