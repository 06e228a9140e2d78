/** The dashboard query of the tests: every figure of the three domains for one perimeter. */
export const TABLEAU = /* GraphQL */ `
  query Tableau($filtre: FiltreIndicateurs!) {
    indicateurs(filtre: $filtre) {
      cle organismeId
      offre {
        actions effectifPrevu sessions placesOffertes informationsCollectivesTenues
        sessionsParEtat { etat nombre places }
        informationsCollectivesParEtat { etat nombre places }
      }
      repartitionOffre(axe: DISPOSITIF) { cle actions sessions placesOffertes }
      actionsParStatut { statut nombre }
      stagiaires { entres presents sortis sortiesParMotif { motif libelle nombre } }
      heures { realisees contractualisees tauxRealisation }
      heuresParMois { mois realisees realiseesCentre realiseesEntreprise }
      realisationParAction(premier: 500) { action { id numero } heuresRealisees heuresContractualisees tauxRealisation statut }
      suivi { declarationsEnAttente declarationsEnRetard actionsEnRetardFermeture }
      enquetes { moment situation contrat nombre }
      finances {
        facture valide rejete paye avancesEmises avancesRecuperees avancesRestantes
        facturesPayees delaiMoyenPaiementJours facturesEnAttenteRegion montantEnAttenteRegion
      }
      financesParMois { mois facture valide rejete paye }
    }
  }
`;

