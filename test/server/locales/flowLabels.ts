// The English labels a person reads or presses on the way through either flow, page by page.
// Every complete dictionary must translate each one (test/server/localize.test.ts).

export const FLOW_LABELS: Record<string, string[]> = {
  header: [
    'Account', 'Sign in', 'Join', 'Register', 'Welcome to AliExpress', 'Welcome back, {name}', 'Hi, {name}',
    'My AliExpress', 'My Orders', 'Message Center', 'Wish List', 'My Coupons', 'Sign Out',
  ],
  signIn: [
    'Sign in | AliExpress', 'Sign in or register with your email or phone number', 'Email', 'Email or phone number',
    'Continue', 'Password', 'Edit', 'Forgot password?', 'Sign in with Email verification code',
    'Please enter your email or phone number.', 'Your account name or password is incorrect.',
  ],
  legacySignIn: [
    'Sign In - AliExpress', 'Sign In', 'Email address or member ID', 'Stay signed in', 'Join Free',
    'Please enter your email address or member ID.',
  ],
  myAliExpress: ['Overview', 'Manage Feedback', 'Account Settings', 'Shipping Address', 'Hello, {name} · Member ID: {id}'],
  settingsPanel: [
    'Account Settings - AliExpress', 'My Personal Information', 'Upload My Photo', 'Edit Member Profile',
    'Security Information Settings', 'Change Email Address', 'Change Password', 'Email Notifications',
    '« Back to My AliExpress',
  ],
  editMemberProfile: ['Edit Member Profile - AliExpress', 'Deactivate Account', 'Edit Settings', 'Name:', 'Email:', 'Member ID:'],
  deactivateAccount: [
    'Deactivate Account - AliExpress', 'Important:',
    'After you deactivate your account you will be signed out and cannot place orders, leave feedback or contact sellers. Orders that are still in progress will not be cancelled.',
    'Member ID or email:', "Please type the words 'Deactivate my account':", 'Type: Deactivate my account',
    'Deactivate my account', 'Why are you deactivating your account?',
    "I registered by mistake / I don't need this account",
    "I can't find products or companies that match my needs",
    'I receive too many emails',
    'I am no longer in business',
    'I am worried about scammers',
    'I was treated badly',
    'The email address I used is invalid',
    'I have found a product or company that matches my needs',
    'Suppliers did not answer my inquiries',
    'Release my account at the same time',
    'If you release your account, your email address can be used to register a new account.',
    'Deactivate My Account', 'Cancel',
    'Please enter your member ID or email address.', 'Please type the words exactly as shown.', 'Please choose a reason.',
  ],
  deactivated: [
    'Account Deactivated - AliExpress', 'Your account has been deactivated.',
    'Your data is kept. You can reactivate your account at any time by signing in again with your email address and password.',
    'Want your data erased instead? Deactivation does not delete it.', 'Back to AliExpress home',
  ],
  privacyCenter: [
    'Privacy Center - AliExpress', 'Privacy Center', '‹ Privacy Center', 'Back to AliExpress',
    'Manage how AliExpress uses your personal data.', 'Download my data', 'Delete my account',
    'Permanently close your account and delete your data.',
  ],
  deleteRequest: [
    'When your account is deleted, the following can no longer be recovered:',
    'Your orders and order history', 'Your AliExpress coins and coupons', 'Your reviews, wish list and followed stores',
    'Your account information, including addresses and saved payment details',
    'You cannot delete your account while you have orders, disputes or pay-after-delivery payments in progress.',
  ],
  agreeDialog: ['To confirm, type "agree" in the box below.', 'agree', 'Type agree to confirm', 'Delete', 'Cancel'],
  openOrders: [
    'Your account cannot be deleted yet',
    'You still have orders, disputes or pay-after-delivery payments in progress. Please complete them first.',
    'View orders', 'OK',
  ],
  verifyEmail: [
    'Verify your email', 'We will send a 6-digit verification code to {email}', 'Enter 6-digit code', 'Verification code',
    'Get code', 'Code sent', 'Resend', 'Verify', 'The verification code is incorrect.', 'Please get a verification code first.',
  ],
  finalConfirmation: [
    'Delete account', 'This cannot be undone. You will lose:',
    'All orders, order history and refunds in progress', 'AliExpress coins, coupons and store credit',
    'Reviews, wish list, followed stores and messages', 'Your email address and member ID on AliExpress',
    'Yes, I want to permanently close my AliExpress account and delete my data',
  ],
  requestSubmitted: [
    'Request submitted', 'Your request has been submitted',
    'Your account will be deleted within 15 days. We have sent a confirmation to your email.',
  ],
  captcha: ['Verification', 'Sorry, we have detected unusual traffic from your network.', 'Please slide to verify', 'Slide to verify', 'Verified'],
};

/** Script pieces of the flow pages that are not whole texts ('Resend in ' + 59 + 's'). */
export const FLOW_SCRIPT_PIECES = ['Resend in ', 's'];

export const ALL_FLOW_LABELS = [...new Set(Object.values(FLOW_LABELS).flat())];
