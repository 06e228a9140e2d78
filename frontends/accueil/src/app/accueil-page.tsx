import { PageSection } from "@sigma/ui-kit/components/page-section";
import { TableauDeBord } from "../features/tableau-de-bord/components/tableau-de-bord";

/** « Accueil », exposed to the shell as `accueil/AccueilPage` (renders inside the shell's providers). */
export default function AccueilPage() {
  return (
    <PageSection titre="Accueil">
      <TableauDeBord />
    </PageSection>
  );
}
