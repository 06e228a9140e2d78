import { PageSection } from "@sigma/ui-kit/components/page-section";
import { DeclarationEntree, ListeStagiaires } from "../features/stagiaires/components/liste-stagiaires";

/** « Inscription », exposed as `inscription/InscriptionPage`. */
export default function InscriptionPage() {
  return (
    <PageSection
      titre="Inscription des stagiaires"
      chapeau="Pour chaque action, déclarez les stagiaires et leur date d'entrée en formation ; la liste est confirmée à l'ouverture de l'action."
    >
      <ListeStagiaires />
      <DeclarationEntree />
    </PageSection>
  );
}
