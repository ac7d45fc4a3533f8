import type { LabelTable } from '@/engine/types';

/**
 * English labels as AliExpress prints them (source: docs/sources.md, "Visible
 * labels"). Keys used as exact names match a control's whole accessible name; keys used in
 * `textIncludes` or `mentions` match whole words inside a longer text.
 */
export default {
  // Header and login
  signIn: ['Sign in', 'Sign In', 'Log in', 'Login'],
  signOut: ['Sign Out', 'Sign out', 'Log out'],
  continue: ['Continue', 'Next'],
  loginId: ['Email', 'Email address', 'Email or phone number', 'Member ID', 'phone number', 'account'],
  wrongPassword: ['account name or password is incorrect', 'password is incorrect'],
  myAliExpress: ['My AliExpress', 'My Account'],
  accountMenu: ['Account', 'My Account'],
  // Settings
  accountSettings: ['Account Settings', 'Settings', 'Account and settings'],
  editMemberProfile: ['Edit Member Profile', 'Edit Profile', 'My Personal Information'],
  deactivateAccount: ['Deactivate Account', 'Deactivate my account', 'Delete My Account', 'Delete Account', 'Close Account'],
  // Legacy deactivation form
  memberIdOrEmail: ['Member ID', 'email', 'e-mail', 'email address'],
  deactivateWords: ['Deactivate my account'],
  deactivateMyAccount: ['Deactivate My Account', 'Deactivate', 'Confirm'],
  wrongWords: ['type the words exactly', 'words you entered', 'words do not match'],
  reasonRequired: ['choose a reason', 'select a reason'],
  accountDeactivated: ['has been deactivated', 'account is deactivated'],
  // Deletion (privacy portal)
  deleteMyAccount: ['Delete my account'],
  agreeWord: ['agree'],
  confirmWord: ['agree', 'delete'],
  deleteButton: ['Delete', 'Delete now'],
  getCode: ['Get code', 'Send code', 'Get verification code', 'Send verification code'],
  codeWord: ['code', 'verification code'],
  verify: ['Verify', 'Submit'],
  wrongCode: ['code is incorrect', 'code has expired', 'invalid code'],
  permanentDelete: ['permanently', 'delete my data'],
  deleteAccount: ['Delete account', 'Delete Account', 'Delete account permanently'],
  deleteRequested: ['request has been submitted', 'will be deleted within', 'account has been deleted'],
  // Blockers
  unusualTraffic: ['unusual traffic', 'slide to verify', 'abnormal network request'],
  openOrders: ['cannot be deleted', 'orders, disputes', 'orders in progress', 'unfinished orders', 'complete them first'],
  accountTerminated: ['account has been terminated', 'temporarily unavailable'],
} satisfies LabelTable;
