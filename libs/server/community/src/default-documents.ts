/** The starting texts of a new community's charter and privacy notice; its admin adapts them. */
export const DEFAULT_CHARTER = {
  summary: `En bref : on se respecte, on reste neutre (pas de politique ni de religion), on ne publie pas la photo ou les informations de quelqu'un sans son accord, et on signale ce qui choque. L'équipe du centre veille.`,
  body: `Charte de la communauté

1. Ici, on se respecte. Pas d'insultes, pas de moqueries, pas de harcèlement.
2. Le centre social est un lieu neutre : pas de propagande politique ou religieuse.
3. On ne publie pas la photo d'une personne sans son accord, encore moins d'un enfant.
4. On ne partage pas les informations personnelles des autres (adresse, téléphone…).
5. Pas de publicité ni de vente, sauf dans les annonces prévues pour cela.
6. Si un message vous choque, signalez-le : l'équipe du centre le regarde rapidement.
7. L'équipe peut masquer un message ou suspendre un compte qui ne respecte pas la charte.`,
};

export const DEFAULT_PRIVACY_NOTICE = {
  summary: `En bref : nous gardons seulement ce qu'il faut pour que la communauté fonctionne (votre nom affiché, votre adresse e-mail si vous en donnez une, vos demandes et inscriptions). Rien n'est vendu ni partagé avec des publicitaires. Vos données restent sur le serveur du centre. Vous pouvez les consulter, les télécharger et supprimer votre compte.`,
  body: `Notice de confidentialité

Qui est responsable ? Le centre social qui accueille cette communauté.

Ce que nous recueillons : le nom que vous affichez, votre langue, votre adresse e-mail si vous en donnez une, votre foyer si vous le créez (prénoms et années de naissance des enfants), vos demandes d'adhésion et votre accord à la charte.

Pourquoi : pour vous permettre de participer à la vie du centre, de réserver et de vous inscrire, et pour que l'équipe puisse vous accueillir.

Base légale : l'exécution du service que vous demandez en rejoignant la communauté, et votre consentement pour ce qui est facultatif.

Combien de temps : tant que votre compte est actif ; un compte inactif pendant 2 ans est supprimé après un avertissement.

Qui y a accès : l'équipe du centre, seulement pour ce dont elle a besoin. Aucun traceur, aucune publicité, aucune police ou service externe n'est chargé.

Vos droits : consulter, corriger, télécharger et effacer vos données, retirer votre accord. Demandez à l'accueil ou utilisez votre espace. Vous pouvez aussi saisir la CNIL (www.cnil.fr).`,
};
