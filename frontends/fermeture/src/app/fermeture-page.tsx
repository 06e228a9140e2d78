import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Fermeture } from "../features/fermeture/components/fermeture";

/** « Fermeture », exposed as `fermeture/FermeturePage`. */
export default function FermeturePage() {
  return (
    <PageSection titre="Fermeture" chapeau="Renseignez le bilan de chaque stagiaire puis la date de fin réelle de l'action : le bilan conditionne le paiement du solde.">
      <Fermeture />
    </PageSection>
  );
}
