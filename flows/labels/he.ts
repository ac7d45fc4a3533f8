import type { LabelTable } from '@/engine/types';

/**
 * Hebrew (he.aliexpress.com). No source shows a Hebrew label: every value is a translation of
 * en.ts, to be confirmed against live pages. Written without niqqud (the engine does not fold
 * it) and without direction marks.
 */
export default {
  signIn: ['התחברות', 'כניסה', 'התחבר'],
  signOut: ['התנתקות', 'התנתק', 'יציאה'],
  continue: ['המשך', 'הבא'],
  loginId: ['אימייל', 'דוא"ל', 'כתובת אימייל', 'מספר טלפון', 'חשבון'],
  wrongPassword: ['שם החשבון או הסיסמה שגויים', 'הסיסמה שגויה', 'סיסמה שגויה'],
  myAliExpress: ['ה-AliExpress שלי', 'AliExpress שלי', 'החשבון שלי'],
  accountMenu: ['חשבון', 'החשבון שלי'],
  accountSettings: ['הגדרות חשבון', 'הגדרות'],
  editMemberProfile: ['עריכת פרופיל חבר', 'עריכת פרופיל', 'המידע האישי שלי'],
  deactivateAccount: ['השבתת חשבון', 'מחיקת החשבון שלי', 'מחיקת חשבון', 'סגירת חשבון'],
  memberIdOrEmail: ['מזהה חבר', 'אימייל', 'דוא"ל'],
  deactivateWords: ['Deactivate my account', 'השבת את החשבון שלי'],
  deactivateMyAccount: ['השבת את החשבון שלי', 'השבתה', 'אישור'],
  wrongWords: ['הקלד את המילים בדיוק', 'המילים שהזנת', 'המילים אינן תואמות'],
  reasonRequired: ['בחר סיבה', 'יש לבחור סיבה'],
  accountDeactivated: ['החשבון הושבת', 'החשבון שלך הושבת'],
  deleteMyAccount: ['מחק את החשבון שלי', 'מחיקת החשבון שלי'],
  agreeWord: ['agree', 'מסכים'],
  confirmWord: ['מסכים', 'מחק'],
  deleteButton: ['מחק', 'מחיקה', 'מחק עכשיו'],
  getCode: ['קבל קוד', 'שלח קוד', 'קבלת קוד', 'שליחת קוד אימות'],
  codeWord: ['קוד', 'קוד אימות'],
  verify: ['אמת', 'אימות'],
  wrongCode: ['הקוד שגוי', 'תוקף הקוד פג', 'קוד לא תקין'],
  permanentDelete: ['לצמיתות', 'מחק את הנתונים שלי'],
  deleteAccount: ['מחק חשבון', 'מחיקת חשבון', 'מחק חשבון לצמיתות'],
  deleteRequested: ['הבקשה נשלחה', 'הבקשה הוגשה', 'החשבון נמחק'],
  unusualTraffic: ['תעבורה חריגה', 'תנועה חריגה', 'החלק כדי לאמת'],
  openOrders: ['לא ניתן למחוק', 'הזמנות, מחלוקות', 'הזמנות בתהליך', 'הזמנות שלא הושלמו', 'השלם אותן תחילה'],
  accountTerminated: ['החשבון הזה הופסק', 'החשבון נסגר', 'אינו זמין באופן זמני'],
} satisfies LabelTable;
