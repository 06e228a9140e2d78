import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Facturation } from "../features/factures/components/facturation";

/** « Validation / Facturation », exposed as `facturation/FacturationPage`. */
export default function FacturationPage() {
  return (
    <PageSection
      titre="Validation / Facturation"
      chapeau="Une fois les mois validés, émettez la facture, téléchargez-la, signez-la et déposez-la : la Région la valide puis la paie."
    >
      <Facturation />
    </PageSection>
  );
}
