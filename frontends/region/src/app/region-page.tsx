import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Instruction } from "../features/instruction/components/instruction";

/** « Espace Région », exposed as `region/RegionPage`. */
export default function RegionPage() {
  return (
    <PageSection titre="Espace Région" chapeau="Validez les demandes de modification et les factures des organismes, avec un motif en cas de rejet, et enregistrez les paiements.">
      <Instruction />
    </PageSection>
  );
}
