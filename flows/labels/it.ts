import type { LabelTable } from '@/engine/types';

/**
 * Italian (it.aliexpress.com). No source shows an Italian label: every value is a translation
 * of en.ts, to be confirmed against live pages. The typed words list the English ones first,
 * as the real site asks for them.
 */
export default {
  signIn: ['Accedi', 'Entra'],
  signOut: ['Esci', 'Disconnetti'],
  continue: ['Continua', 'Avanti'],
  loginId: ['E-mail', 'Indirizzo e-mail', 'E-mail o numero di telefono', 'numero di telefono', 'account'],
  wrongPassword: ['nome account o password non corretti', 'password non è corretta', 'password errata'],
  myAliExpress: ['Il mio AliExpress', 'Il mio account'],
  accountMenu: ['Account', 'Il mio account'],
  accountSettings: ['Impostazioni account', "Impostazioni dell'account", 'Impostazioni'],
  editMemberProfile: ['Modifica profilo membro', 'Modifica profilo', 'Le mie informazioni personali'],
  deactivateAccount: ['Disattiva account', 'Elimina il mio account', 'Elimina account', 'Chiudi account'],
  memberIdOrEmail: ['ID membro', 'e-mail', 'indirizzo e-mail'],
  deactivateWords: ['Deactivate my account', 'Disattiva il mio account'],
  deactivateMyAccount: ['Disattiva il mio account', 'Disattiva', 'Conferma'],
  wrongWords: ['digita le parole esattamente', 'parole inserite', 'parole non corrispondono'],
  reasonRequired: ['scegli un motivo', 'seleziona un motivo'],
  accountDeactivated: ['è stato disattivato', 'account è disattivato'],
  deleteMyAccount: ['Elimina il mio account'],
  agreeWord: ['agree', 'accetto'],
  confirmWord: ['accetto', 'elimina'],
  deleteButton: ['Elimina', 'Elimina ora'],
  getCode: ['Ottieni codice', 'Invia codice', 'Ottieni codice di verifica', 'Invia codice di verifica'],
  codeWord: ['codice', 'codice di verifica'],
  verify: ['Verifica', 'Invia'],
  wrongCode: ['codice non è corretto', 'codice è scaduto', 'codice non valido', 'codice errato'],
  permanentDelete: ['definitivamente', 'in modo permanente', 'eliminare i miei dati'],
  deleteAccount: ['Elimina account', "Elimina l'account", 'Elimina account definitivamente'],
  deleteRequested: ['richiesta è stata inviata', 'sarà eliminato entro', 'account è stato eliminato'],
  unusualTraffic: ['traffico insolito', 'scorri per verificare'],
  openOrders: ['non può essere eliminato', 'ordini, controversie', 'ordini in corso', 'ordini non completati', 'completali prima'],
  accountTerminated: ['account è stato chiuso', 'temporaneamente non disponibile'],
} satisfies LabelTable;
