import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Route, Routes } from "react-router";
import { FicheStagiaire } from "../features/stagiaires/components/fiche-stagiaire";
import { ImportStagiaires } from "../features/stagiaires/components/import-stagiaires";
import { ListeStagiaires } from "../features/stagiaires/components/liste-stagiaires";

/** « Inscription », exposed as `inscription/InscriptionPage`: the lists, a trainee's form, the CSV import. */
export default function InscriptionPage() {
  return (
    <PageSection
      titre="Inscription des stagiaires"
      chapeau="Pour chaque action, déclarez les stagiaires et leur date d'entrée en formation ; la liste est confirmée à l'ouverture de l'action."
    >
      <Routes>
        <Route index element={<ListeStagiaires />} />
        <Route path="action/:actionId/nouveau" element={<FicheStagiaire />} />
        <Route path="action/:actionId/stagiaire/:stagiaireId" element={<FicheStagiaire />} />
        <Route path="action/:actionId/import" element={<ImportStagiaires />} />
      </Routes>
    </PageSection>
  );
}
