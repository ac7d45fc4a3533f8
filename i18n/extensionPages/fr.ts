import type { ExtensionPageMessages } from './en';

/** French (fr): the extension's own pages. */
const fr: ExtensionPageMessages = {
  // Popup
  'locale.name': 'Français',
  'popup.notStarted': 'Pas encore commencé. Le guide s’affiche de lui-même sur les pages d’AliExpress.',
  'popup.off': 'Le guide est éteint : aucun panneau ne s’affiche sur les pages d’AliExpress.',
  'popup.start': 'Commencer',
  'popup.resume': 'Reprendre',
  'popup.restart': 'Recommencer',
  'popup.openNext': 'Ouvrir la page suivante',
  'popup.goal': 'Que voulez-vous faire ?',
  'popup.recommended': 'Recommandé',
  'popup.goalDifference': 'La suppression efface votre compte et vos données pour de bon ; la désactivation ne fait que masquer le compte, qui revient dès que vous vous reconnectez.',
  'popup.language': 'Langue',
  'popup.browserLanguage': 'Langue du navigateur',
  'popup.privacy': 'Confidentialité : ce que garde Exit Guide',

  // First-run page
  'welcome.title': 'Exit Guide est prêt',
  'welcome.intro': 'Il vous accompagne pas à pas, dans votre langue, jusqu’à la fermeture de votre compte AliExpress.',
  'welcome.doesTitle': 'Ce qu’il fait',
  'welcome.does.panel': 'Sur les pages d’AliExpress, un panneau à côté de la page vous dit simplement quoi faire ensuite.',
  'welcome.does.ring': 'Un cercle entoure exactement le bouton, le lien ou la case à utiliser.',
  'welcome.does.follow': 'Il sait quelle page est ouverte : vous ne perdez jamais le fil, même après un rechargement, un retour en arrière ou dans un autre onglet.',
  'welcome.neverTitle': 'Ce qu’il ne fait jamais',
  'welcome.never.press': 'Il ne clique sur rien à votre place : c’est vous qui cliquez sur chaque bouton.',
  'welcome.never.send': 'Il n’envoie rien nulle part : ni serveur, ni compte, ni pistage.',
  'welcome.never.store': 'Il ne garde rien de ce que vous tapez : ni e-mail, ni mot de passe, ni code, ni les mots de confirmation.',
  'welcome.checklistTitle': 'Avant de supprimer',
  'welcome.checklistIntro': 'La suppression est irréversible. Vérifiez d’abord chaque point :',
  'welcome.check.orders': 'Commandes en cours : attendez qu’elles arrivent, ou annulez-les. AliExpress ne supprime pas un compte tant qu’une commande est en cours.',
  'welcome.check.disputes': 'Litiges : clôturez tout litige ouvert avec un vendeur.',
  'welcome.check.refunds': 'Remboursements : attendez d’avoir reçu chaque remboursement ; un remboursement encore dû peut être perdu.',
  'welcome.check.coins': 'Pièces et coupons : utilisez-les avant, car ils disparaissent avec le compte.',
  'welcome.check.history': 'Historique des commandes : enregistrez ce dont vous avez encore besoin (factures, garanties, numéros de suivi), car il disparaît avec le compte.',
  'welcome.start': 'Ouvrir AliExpress',
  'welcome.startHint': 'Le guide s’affiche de lui-même sur les pages d’AliExpress. Pour choisir entre supprimer et désactiver, ou pour changer de langue, cliquez sur le bouton Exit Guide dans la barre d’outils du navigateur.',
  'welcome.privacyTitle': 'Confidentialité',
  'welcome.privacy.kept': 'Exit Guide ne garde que votre objectif, votre langue, l’étape atteinte et sa date, dans le stockage propre à votre navigateur.',
  'welcome.privacy.read': 'Il ne lit les pages d’AliExpress que pour trouver l’élément suivant et vérifier le mot que vous tapez. Rien de ce qu’il lit n’est gardé ni envoyé.',
  'welcome.privacy.clear': 'Une fois que vous avez terminé, le panneau propose d’effacer ce qu’il a gardé. Retirer Exit Guide l’efface aussi.',
  'welcome.privacy.permissions': 'Il ne demande qu’une seule autorisation, le stockage, et ne fonctionne que sur les sites d’AliExpress.',
};

export default fr;
