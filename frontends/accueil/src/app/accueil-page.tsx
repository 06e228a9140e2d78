import { PageSection } from "@sigma/ui-kit/components/page-section";
import { lazy, Suspense } from "react";
import { TableauDeBord } from "../features/tableau-de-bord/components/tableau-de-bord";

/** An organisme's own dashboard (issue 8), fetched only when shown. */
const IndicateursOrganisme = lazy(() => import("../features/indicateurs/components/indicateurs"));

/** « Accueil », exposed to the shell as `accueil/AccueilPage` (renders inside the shell's providers). */
export default function AccueilPage() {
  return (
    <PageSection titre="Accueil">
      <TableauDeBord />
      <Suspense fallback={null}>
        <IndicateursOrganisme />
      </Suspense>
    </PageSection>
  );
}
