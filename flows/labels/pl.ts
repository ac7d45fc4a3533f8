import type { LabelTable } from '@/engine/types';

/**
 * Polish (pl.aliexpress.com). No source shows a Polish label: every value is a translation of
 * en.ts, to be confirmed against live pages. deleteButton leaves out the bare "Usuń" (also the
 * word for removing an item): the dialog's danger-button fallback finds it.
 */
export default {
  signIn: ['Zaloguj się', 'Zaloguj', 'Logowanie'],
  signOut: ['Wyloguj się', 'Wyloguj'],
  continue: ['Kontynuuj', 'Dalej'],
  loginId: ['E-mail', 'Adres e-mail', 'E-mail lub numer telefonu', 'numer telefonu', 'konto'],
  wrongPassword: ['Nieprawidłowa nazwa logowania lub hasło logowania', 'nazwa konta lub hasło są nieprawidłowe', 'hasło jest nieprawidłowe', 'nieprawidłowe hasło'],
  myAliExpress: ['Moje AliExpress', 'Mój AliExpress', 'Moje konto'],
  accountMenu: ['Konto', 'Moje konto'],
  accountSettings: ['Ustawienia konta', 'Ustawienia'],
  editMemberProfile: ['Edytuj profil członka', 'Edytuj profil', 'Moje dane osobowe'],
  deactivateAccount: ['Dezaktywuj konto', 'Usuń moje konto', 'Usuń konto', 'Zamknij konto'],
  memberIdOrEmail: ['ID członka', 'e-mail', 'adres e-mail'],
  deactivateWords: ['Deactivate my account', 'Dezaktywuj moje konto'],
  deactivateMyAccount: ['Dezaktywuj moje konto', 'Dezaktywuj', 'Potwierdź'],
  wrongWords: ['wpisz słowa dokładnie', 'wprowadzone słowa', 'słowa nie są zgodne'],
  reasonRequired: ['wybierz powód'],
  accountDeactivated: ['zostało dezaktywowane', 'konto jest dezaktywowane'],
  deleteMyAccount: ['Usuń moje konto'],
  agreeWord: ['agree', 'zgadzam się'],
  confirmWord: ['zgadzam się', 'usuń'],
  deleteButton: ['Usuń teraz', 'Usuń na stałe'],
  getCode: ['Pobierz kod', 'Wyślij kod', 'Uzyskaj kod', 'Wyślij kod weryfikacyjny'],
  codeWord: ['kod', 'kod weryfikacyjny'],
  verify: ['Zweryfikuj', 'Weryfikuj', 'Prześlij'],
  wrongCode: ['kod jest nieprawidłowy', 'kod wygasł', 'nieprawidłowy kod'],
  permanentDelete: ['na stałe', 'trwale', 'usuń moje dane'],
  deleteAccount: ['Usuń konto', 'Usuń konto na stałe', 'Trwale usuń konto'],
  deleteRequested: ['prośba została wysłana', 'wniosek został złożony', 'konto zostało usunięte'],
  unusualTraffic: ['nietypowy ruch', 'przesuń, aby zweryfikować'],
  openOrders: ['nie może zostać usunięte', 'zamówienia, spory', 'zamówienia w toku', 'niezakończone zamówienia', 'najpierw je zakończ'],
  accountTerminated: ['konto zostało zamknięte', 'tymczasowo niedostępne'],
} satisfies LabelTable;
