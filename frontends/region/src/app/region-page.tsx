import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Chargement } from "@sigma/ui-kit/components/status";
import { lazy, Suspense } from "react";
import { Link, useSearchParams } from "react-router";
import { Instruction } from "../features/instruction/components/instruction";

/** The dashboard (and its chart code) is fetched only when opened. */
const TableauDeBordRegion = lazy(() => import("../features/tableau-de-bord/components/tableau-de-bord"));

/**
 * « Espace Région », exposed as `region/RegionPage`. The dashboard is `/region?espace=tableau-de-bord`
 * (its filters follow in the query): a one-level path, so a shared link loads the shell's
 * relative ./manifest.json like any other section's link.
 */
export default function RegionPage() {
  const [params] = useSearchParams();
  if (params.get("espace") === "tableau-de-bord") {
    return (
      <PageSection titre="Espace Région" chapeau="Indicateurs de l'offre, de l'exécution et de la facturation, pour n'importe quel filtre ; chaque tableau s'exporte en CSV.">
        <p><Link to="?">Retour aux validations</Link></p>
        <Suspense fallback={<Chargement>Chargement du tableau de bord…</Chargement>}>
          <TableauDeBordRegion />
        </Suspense>
      </PageSection>
    );
  }
  return (
    <PageSection titre="Espace Région" chapeau="Validez les demandes de modification et les factures des organismes, avec un motif en cas de rejet, et enregistrez les paiements.">
      <p><Link to="?espace=tableau-de-bord">Tableau de bord</Link></p>
      <Instruction />
    </PageSection>
  );
}
