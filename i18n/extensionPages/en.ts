/**
 * English messages of the extension's own pages (toolbar popup, first-run page): kept apart
 * from the panel's, so the content script ships only what the panel shows.
 */
const en = {
  // Popup
  'locale.name': 'English',
  'popup.notStarted': 'Not started yet. The guide shows itself on AliExpress pages.',
  'popup.off': 'The guide is switched off: AliExpress pages show no panel.',
  'popup.start': 'Start',
  'popup.resume': 'Resume',
  'popup.restart': 'Restart',
  'popup.openNext': 'Open the next page',
  'popup.goal': 'What do you want to do?',
  'popup.recommended': 'Recommended',
  'popup.goalDifference': 'Deleting removes your account and data for good; deactivating only hides the account, and signing in again brings it back.',
  'popup.language': 'Language',
  'popup.browserLanguage': 'Browser language',
  'popup.privacy': 'Privacy: what Exit Guide keeps',

  // First-run page
  'welcome.title': 'Exit Guide is ready',
  'welcome.intro': 'It walks you through closing your AliExpress account, one step at a time, in your language.',
  'welcome.doesTitle': 'What it does',
  'welcome.does.panel': 'On AliExpress pages, a panel beside the page says in plain words what to do next.',
  'welcome.does.ring': 'A ring shows the exact button, link or box to use.',
  'welcome.does.follow': 'It knows which page is open, so a reload, the back button or a second tab never lose your place.',
  'welcome.neverTitle': 'What it never does',
  'welcome.never.press': 'It presses nothing for you: you press every button yourself.',
  'welcome.never.send': 'It sends nothing anywhere: no server, no account, no tracking.',
  'welcome.never.store': 'It stores nothing you type: not your email, password or code, nor the words you confirm with.',
  'welcome.checklistTitle': 'Before you delete',
  'welcome.checklistIntro': 'Deletion cannot be undone. Go through each point first:',
  'welcome.check.orders': 'Open orders: wait until they arrive, or cancel them. AliExpress does not delete an account while an order is open.',
  'welcome.check.disputes': 'Disputes: close any dispute you have with a seller.',
  'welcome.check.refunds': 'Refunds: wait until every refund has reached you; a refund still due may be lost.',
  'welcome.check.coins': 'Coins and coupons: use them first, because they are lost with the account.',
  'welcome.check.history': 'Order history: save what you still need (invoices, warranties, tracking numbers), because it goes with the account.',
  'welcome.start': 'Open AliExpress',
  'welcome.startHint': 'The guide appears by itself on AliExpress pages. To choose between deleting and deactivating, or to change the language, press the Exit Guide button in the browser toolbar.',
  'welcome.privacyTitle': 'Privacy',
  'welcome.privacy.kept': 'Exit Guide keeps only your goal, your language, and which step you reached and when, in your browser’s own storage.',
  'welcome.privacy.read': 'It reads AliExpress pages only to find the next control and to check the word you type. Nothing it reads is kept or sent.',
  'welcome.privacy.clear': 'When you are done, the panel offers to clear what it kept. Removing Exit Guide removes it too.',
  'welcome.privacy.permissions': 'It asks for a single permission, storage, and runs only on AliExpress sites.',
} as const;

export type ExtensionPageKey = keyof typeof en;
export type ExtensionPageMessages = Record<ExtensionPageKey, string>;
export default en satisfies ExtensionPageMessages;
