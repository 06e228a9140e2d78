import type { ReactNode } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";

interface Props {
  /** The button that opens the dialog (« Emettre la facture »). */
  declencheur: string;
  /** The question (« Souhaitez-vous vraiment émettre la facture pour la période … ? »). */
  children: ReactNode;
  /** Called on « Poursuivre »; the dialog closes. */
  onConfirmer: () => void;
  titre?: string;
  confirmer?: string;
  isDisabled?: boolean;
}

/**
 * The seeds' « Confirmation » window: Annuler / Poursuivre. A modal dialog: focus moves into
 * it, stays there, Échap closes it, and focus returns to the button that opened it.
 */
export function DialogueConfirmation({ declencheur, children, onConfirmer, titre = "Confirmation", confirmer = "Poursuivre", isDisabled }: Props) {
  return (
    <DialogTrigger>
      <Button className="sigma-bouton" isDisabled={isDisabled}>
        {declencheur}
      </Button>
      <ModalOverlay className="sigma-voile" isDismissable>
        <Modal className="sigma-modale">
          <Dialog className="sigma-dialogue" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{titre}</Heading>
                <div className="sigma-dialogue__texte">{children}</div>
                <div className="sigma-actions">
                  <Button className="sigma-bouton sigma-bouton--secondaire" onPress={close}>
                    Annuler
                  </Button>
                  <Button
                    className="sigma-bouton sigma-bouton--valider"
                    onPress={() => {
                      close();
                      onConfirmer();
                    }}
                  >
                    {confirmer}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
