import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Avertissement } from "@sigma/ui-kit/components/status";
import { Route, Routes } from "react-router";
import { ActionsAOuvrir } from "../features/ouverture/components/actions-a-ouvrir";
import { DetailOuverture } from "../features/ouverture/components/detail-ouverture";

/** « Ouverture », exposed as `ouverture/OuverturePage`: the list, then /ouverture/<numéro> for one action. */
export default function OuverturePage() {
  return (
    <PageSection titre="Ouverture de l'action">
      <Avertissement>
        Ne pas tenter d'ouvrir l'action avant l'entrée du premier stagiaire car l'ouverture déclenche la facture d'avance : celle-ci ne
        pourra pas être traitée si aucun stagiaire n'est entré dans l'action.
      </Avertissement>
      <Routes>
        <Route index element={<ActionsAOuvrir />} />
        <Route path=":numero" element={<DetailOuverture />} />
      </Routes>
    </PageSection>
  );
}
