import type { LabelTable } from '@/engine/types';

/**
 * French (fr.aliexpress.com). No source shows a French label: every value is a translation
 * of en.ts, to be confirmed against live pages. The typed words list the English ones first,
 * as the real site asks for them.
 */
export default {
  signIn: ['Se connecter', 'Connexion', 'Identifiez-vous'],
  signOut: ['Se déconnecter', 'Déconnexion'],
  continue: ['Continuer', 'Suivant'],
  loginId: ['E-mail', 'Adresse e-mail', 'E-mail ou numéro de téléphone', 'numéro de téléphone', 'compte'],
  wrongPassword: ['nom de compte ou mot de passe est incorrect', 'mot de passe est incorrect', 'mot de passe incorrect'],
  myAliExpress: ['Mon AliExpress', 'Mon compte'],
  accountMenu: ['Compte', 'Mon compte'],
  accountSettings: ['Paramètres du compte', 'Réglages du compte', 'Paramètres'],
  editMemberProfile: ['Modifier le profil de membre', 'Modifier le profil', 'Mes informations personnelles'],
  deactivateAccount: ['Désactiver le compte', 'Supprimer mon compte', 'Supprimer le compte', 'Fermer le compte'],
  memberIdOrEmail: ['ID de membre', 'identifiant de membre', 'adresse e-mail', 'courriel'],
  deactivateWords: ['Deactivate my account', 'Désactiver mon compte'],
  deactivateMyAccount: ['Désactiver mon compte', 'Désactiver', 'Confirmer'],
  wrongWords: ['saisir les mots exactement', 'mots que vous avez saisis', 'mots ne correspondent pas'],
  reasonRequired: ['choisissez une raison', 'sélectionnez une raison', 'choisir une raison'],
  accountDeactivated: ['a été désactivé', 'compte est désactivé'],
  deleteMyAccount: ['Supprimer mon compte'],
  agreeWord: ['agree', 'accepte'],
  confirmWord: ['accepter', 'supprimer'],
  deleteButton: ['Supprimer', 'Supprimer maintenant'],
  getCode: ['Obtenir le code', 'Envoyer le code', 'Obtenir un code de vérification', 'Envoyer le code de vérification'],
  codeWord: ['code', 'code de vérification'],
  verify: ['Vérifier', 'Valider', 'Soumettre'],
  wrongCode: ['code est incorrect', 'code a expiré', 'code invalide', 'code incorrect'],
  permanentDelete: ['définitivement', 'supprimer mes données'],
  deleteAccount: ['Supprimer le compte', 'Supprimer le compte définitivement', 'Supprimer définitivement le compte'],
  deleteRequested: ['demande a été envoyée', 'demande a été soumise', 'sera supprimé dans', 'compte a été supprimé'],
  unusualTraffic: ['trafic inhabituel', 'faites glisser pour vérifier'],
  openOrders: ['ne peut pas être supprimé', 'commandes, litiges', 'commandes en cours', 'commandes non terminées', "terminez-les d'abord"],
  accountTerminated: ['compte a été résilié', 'compte a été fermé', 'temporairement indisponible'],
} satisfies LabelTable;
