import type { LabelTable } from '@/engine/types';

/**
 * German (de.aliexpress.com). From sources (docs/sources.md, German header):
 * "Anmelden", "Abmelden", "Mein AliExpress" ("Meine Bestellungen" and "Registrieren" are seen
 * too but no step uses them). Every other value is a translation of en.ts, to be confirmed
 * against live pages. The typed words list the English ones first, as the real site asks.
 */
export default {
  signIn: ['Anmelden', 'Einloggen'],
  signOut: ['Abmelden', 'Ausloggen'],
  continue: ['Weiter', 'Fortfahren'],
  loginId: ['E-Mail', 'E-Mail-Adresse', 'E-Mail oder Telefonnummer', 'Telefonnummer', 'Konto'],
  wrongPassword: ['Kontoname oder Passwort ist falsch', 'Passwort ist falsch', 'Passwort ist nicht korrekt'],
  myAliExpress: ['Mein AliExpress', 'Mein Konto'],
  accountMenu: ['Konto', 'Mein Konto'],
  accountSettings: ['Kontoeinstellungen', 'Konto und Einstellungen', 'Einstellungen'],
  editMemberProfile: ['Mitgliedsprofil bearbeiten', 'Profil bearbeiten', 'Meine persönlichen Daten'],
  deactivateAccount: ['Konto deaktivieren', 'Mein Konto löschen', 'Konto löschen', 'Konto schließen'],
  memberIdOrEmail: ['Mitglieds-ID', 'E-Mail', 'E-Mail-Adresse'],
  deactivateWords: ['Deactivate my account', 'Mein Konto deaktivieren'],
  deactivateMyAccount: ['Mein Konto deaktivieren', 'Deaktivieren', 'Bestätigen'],
  wrongWords: ['geben Sie die Wörter genau', 'eingegebenen Wörter', 'Wörter stimmen nicht überein'],
  reasonRequired: ['wählen Sie einen Grund', 'Grund auswählen'],
  accountDeactivated: ['wurde deaktiviert', 'Konto ist deaktiviert'],
  deleteMyAccount: ['Mein Konto löschen'],
  agreeWord: ['agree', 'zustimmen'],
  confirmWord: ['zustimmen', 'löschen'],
  deleteButton: ['Löschen', 'Jetzt löschen'],
  getCode: ['Code anfordern', 'Code senden', 'Code erhalten', 'Bestätigungscode anfordern', 'Bestätigungscode senden'],
  codeWord: ['Code', 'Bestätigungscode', 'Verifizierungscode'],
  verify: ['Verifizieren', 'Überprüfen', 'Absenden'],
  wrongCode: ['Code ist falsch', 'Code ist ungültig', 'Code ist abgelaufen', 'ungültiger Code'],
  permanentDelete: ['dauerhaft', 'endgültig', 'meine Daten löschen'],
  deleteAccount: ['Konto löschen', 'Konto endgültig löschen', 'Konto dauerhaft löschen'],
  deleteRequested: ['Anfrage wurde übermittelt', 'Antrag wurde eingereicht', 'Konto wurde gelöscht'],
  unusualTraffic: ['ungewöhnlichen Datenverkehr', 'ungewöhnlicher Datenverkehr', 'zum Verifizieren schieben'],
  openOrders: ['kann nicht gelöscht werden', 'Bestellungen, Streitfälle', 'laufende Bestellungen', 'offene Bestellungen', 'schließen Sie diese zuerst ab'],
  accountTerminated: ['Konto wurde gekündigt', 'Konto wurde gesperrt', 'vorübergehend nicht verfügbar'],
} satisfies LabelTable;
