import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Chargement } from "@sigma/ui-kit/components/status";
import { lazy, Suspense } from "react";
import { Link, Route, Routes } from "react-router";
import { Instruction } from "../features/instruction/components/instruction";

/** The dashboard (and its chart code) is fetched only when opened. */
const TableauDeBordRegion = lazy(() => import("../features/tableau-de-bord/components/tableau-de-bord"));

/** « Espace Région », exposed as `region/RegionPage`. */
export default function RegionPage() {
  return (
    <Routes>
      <Route
        path="tableau-de-bord"
        element={
          <PageSection titre="Espace Région" chapeau="Indicateurs de l'offre, de l'exécution et de la facturation, pour n'importe quel filtre ; chaque tableau s'exporte en CSV.">
            <p><Link to="..">Retour aux validations</Link></p>
            <Suspense fallback={<Chargement>Chargement du tableau de bord…</Chargement>}>
              <TableauDeBordRegion />
            </Suspense>
          </PageSection>
        }
      />
      <Route
        path="*"
        element={
          <PageSection titre="Espace Région" chapeau="Validez les demandes de modification et les factures des organismes, avec un motif en cas de rejet, et enregistrez les paiements.">
            <p><Link to="tableau-de-bord">Tableau de bord</Link></p>
            <Instruction />
          </PageSection>
        }
      />
    </Routes>
  );
}
