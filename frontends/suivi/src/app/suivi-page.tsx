import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Avertissement } from "@sigma/ui-kit/components/status";
import { Route, Routes } from "react-router";
import { RealiseHoraire } from "../features/realise/components/realise-horaire";
import { SaisieHeures } from "../features/realise/components/saisie-heures";

/** « Suivi des réalisations », exposed as `suivi/SuiviPage`: the monthly recaps, then <section>/<action>/<mois>/<stagiaire> « Saisie des heures » (links relative to the section). */
export default function SuiviPage() {
  return (
    <PageSection
      titre="Suivi des réalisations"
      chapeau="Chaque mois, saisissez les heures de chaque stagiaire présent puis confirmez la déclaration de réalisation périodique."
    >
      <Avertissement>
        Vous disposez des 15 premiers jours du mois suivant pour confirmer la déclaration du mois écoulé ; passé ce délai, il faudra attendre la
        fin de la période suivante.
      </Avertissement>
      <Routes>
        <Route index element={<RealiseHoraire />} />
        <Route path=":actionId/:mois/:stagiaireId" element={<SaisieHeures />} />
      </Routes>
    </PageSection>
  );
}
