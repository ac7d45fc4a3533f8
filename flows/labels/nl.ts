import type { LabelTable } from '@/engine/types';

/**
 * Dutch (nl.aliexpress.com). No source shows a Dutch label: every value is a translation of
 * en.ts, to be confirmed against live pages. deleteButton leaves out the bare "Verwijderen"
 * (also the word for removing an item): the dialog's danger-button fallback finds it.
 */
export default {
  signIn: ['Inloggen', 'Aanmelden'],
  signOut: ['Uitloggen', 'Afmelden'],
  continue: ['Doorgaan', 'Volgende', 'Verder'],
  loginId: ['E-mail', 'E-mailadres', 'E-mail of telefoonnummer', 'telefoonnummer', 'account'],
  wrongPassword: ['accountnaam of wachtwoord is onjuist', 'wachtwoord is onjuist', 'onjuist wachtwoord'],
  myAliExpress: ['Mijn AliExpress', 'Mijn account'],
  accountMenu: ['Account', 'Mijn account'],
  accountSettings: ['Accountinstellingen', 'Account en instellingen', 'Instellingen'],
  editMemberProfile: ['Ledenprofiel bewerken', 'Profiel bewerken', 'Mijn persoonlijke gegevens'],
  deactivateAccount: ['Account deactiveren', 'Mijn account verwijderen', 'Account verwijderen', 'Account sluiten'],
  memberIdOrEmail: ['Lid-ID', 'e-mail', 'e-mailadres'],
  deactivateWords: ['Deactivate my account', 'Mijn account deactiveren'],
  deactivateMyAccount: ['Mijn account deactiveren', 'Deactiveren', 'Bevestigen'],
  wrongWords: ['typ de woorden precies', 'ingevoerde woorden', 'woorden komen niet overeen'],
  reasonRequired: ['kies een reden', 'selecteer een reden'],
  accountDeactivated: ['is gedeactiveerd', 'account gedeactiveerd'],
  deleteMyAccount: ['Mijn account verwijderen'],
  agreeWord: ['agree', 'akkoord'],
  confirmWord: ['akkoord', 'verwijderen'],
  deleteButton: ['Nu verwijderen', 'Definitief verwijderen'],
  getCode: ['Code ontvangen', 'Code verzenden', 'Code aanvragen', 'Verificatiecode verzenden'],
  codeWord: ['code', 'verificatiecode'],
  verify: ['Verifiëren', 'Controleren', 'Verzenden'],
  wrongCode: ['code is onjuist', 'code is verlopen', 'ongeldige code'],
  permanentDelete: ['definitief', 'permanent verwijderen', 'mijn gegevens verwijderen'],
  deleteAccount: ['Account verwijderen', 'Account definitief verwijderen'],
  deleteRequested: ['verzoek is ingediend', 'aanvraag is verzonden', 'account is verwijderd'],
  unusualTraffic: ['ongebruikelijk verkeer', 'schuif om te verifiëren'],
  openOrders: ['kan niet worden verwijderd', 'bestellingen, geschillen', 'lopende bestellingen', 'onvoltooide bestellingen', 'rond deze eerst af'],
  accountTerminated: ['account is beëindigd', 'account is opgeheven', 'tijdelijk niet beschikbaar'],
} satisfies LabelTable;
