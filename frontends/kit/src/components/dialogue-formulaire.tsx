import { useState, type FormEvent, type ReactNode } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Erreur } from "./status";

interface Props {
  /** The button that opens the dialog (« Ajouter », « Rejeter »…). */
  declencheur: string;
  /** Accessible name of that button when the visible one is short (« Rejeter la facture … »). */
  declencheurNom?: string;
  /** The dialog's title (« Ajouter une facture signée »). */
  titre: string;
  /** The fields. */
  children: ReactNode;
  /**
   * Called on « Enregistrer » (the form's submit): returns true when done (the dialog closes),
   * false to keep it open (a refusal is then shown through `erreur`).
   */
  onValider: (formulaire: HTMLFormElement) => Promise<boolean> | boolean;
  /** The refusal to show (the client's check or the graph's message). */
  erreur?: string | null;
  valider?: string;
  enCours?: boolean;
  isDisabled?: boolean;
  /** Called when the dialog opens or closes (to reset the fields). */
  onOuverture?: (ouvert: boolean) => void;
  secondaire?: boolean;
}

/**
 * The seeds' small windows with a form (« Ajouter une facture signée ✕ … Annuler Enregistrer »):
 * a modal dialog (focus inside, Échap closes, focus back on the button), « Les champs
 * obligatoires sont marqués par un * », the refusal announced as an alert inside the dialog.
 */
export function DialogueFormulaire({ declencheur, declencheurNom, titre, children, onValider, erreur, valider = "Enregistrer", enCours, isDisabled, onOuverture, secondaire }: Props) {
  const [ouvert, setOuvert] = useState(false);
  const changer = (etat: boolean) => {
    setOuvert(etat);
    onOuverture?.(etat);
  };
  const soumettre = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await onValider(event.currentTarget)) changer(false);
  };
  return (
    <DialogTrigger isOpen={ouvert} onOpenChange={changer}>
      <Button className={secondaire ? "sigma-bouton sigma-bouton--secondaire" : "sigma-bouton"} isDisabled={isDisabled} aria-label={declencheurNom}>
        {declencheur}
      </Button>
      <ModalOverlay className="sigma-voile" isDismissable>
        <Modal className="sigma-modale">
          <Dialog className="sigma-dialogue">
            {({ close }) => (
              <form className="sigma-formulaire" onSubmit={soumettre} noValidate>
                <Heading slot="title">{titre}</Heading>
                <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
                {children}
                {erreur ? <Erreur>{erreur}</Erreur> : null}
                <div className="sigma-actions">
                  <Button className="sigma-bouton sigma-bouton--secondaire" onPress={close}>
                    Annuler
                  </Button>
                  <Button type="submit" className="sigma-bouton sigma-bouton--valider" isDisabled={enCours}>
                    {valider}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
