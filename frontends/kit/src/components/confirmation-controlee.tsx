import type { ReactNode } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

interface Props {
  /** Open when the form it confirms was checked and may be sent. */
  ouvert: boolean;
  onFermer: () => void;
  /** « Poursuivre »: the dialog closes and the operation runs. */
  onConfirmer: () => void;
  children: ReactNode;
  titre?: string;
  confirmer?: string;
}

/**
 * The seeds' « Confirmation » window opened by a form's own button once the form is valid
 * (DialogueConfirmation opens on its button whatever the form holds). Modal: focus moves into
 * it and stays there, Échap closes it.
 */
export function ConfirmationControlee({ ouvert, onFermer, onConfirmer, children, titre = "Confirmation", confirmer = "Poursuivre" }: Props) {
  return (
    <ModalOverlay className="sigma-voile" isDismissable isOpen={ouvert} onOpenChange={(open) => (open ? null : onFermer())}>
      <Modal className="sigma-modale">
        <Dialog className="sigma-dialogue" role="alertdialog">
          <Heading slot="title">{titre}</Heading>
          <div className="sigma-dialogue__texte">{children}</div>
          <div className="sigma-actions">
            <Button className="sigma-bouton sigma-bouton--secondaire" onPress={onFermer}>
              Annuler
            </Button>
            <Button
              className="sigma-bouton sigma-bouton--valider"
              onPress={() => {
                onFermer();
                onConfirmer();
              }}
            >
              {confirmer}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
