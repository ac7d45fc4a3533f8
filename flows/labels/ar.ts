import type { LabelTable } from '@/engine/types';

/**
 * Arabic (ar.aliexpress.com). No source shows an Arabic label: every value is a translation
 * of en.ts, to be confirmed against live pages. Written without harakat (the engine does not
 * fold them, and site text rarely carries them) and without direction marks.
 */
export default {
  signIn: ['تسجيل الدخول', 'دخول'],
  signOut: ['تسجيل الخروج', 'خروج'],
  continue: ['متابعة', 'استمرار', 'التالي'],
  loginId: ['البريد الإلكتروني', 'البريد الإلكتروني أو رقم الهاتف', 'رقم الهاتف', 'الحساب'],
  wrongPassword: ['اسم الحساب أو كلمة المرور غير صحيحة', 'كلمة المرور غير صحيحة', 'كلمة مرور خاطئة'],
  myAliExpress: ['حسابي على AliExpress', 'AliExpress الخاص بي', 'حسابي'],
  accountMenu: ['الحساب', 'حسابي'],
  accountSettings: ['إعدادات الحساب', 'الإعدادات'],
  editMemberProfile: ['تعديل الملف الشخصي للعضو', 'تعديل الملف الشخصي', 'معلوماتي الشخصية'],
  deactivateAccount: ['إلغاء تنشيط الحساب', 'تعطيل الحساب', 'حذف حسابي', 'حذف الحساب', 'إغلاق الحساب'],
  memberIdOrEmail: ['معرف العضو', 'البريد الإلكتروني'],
  deactivateWords: ['Deactivate my account', 'إلغاء تنشيط حسابي'],
  deactivateMyAccount: ['إلغاء تنشيط حسابي', 'إلغاء التنشيط', 'تأكيد'],
  wrongWords: ['أدخل الكلمات كما هي', 'الكلمات التي أدخلتها', 'الكلمات غير متطابقة'],
  reasonRequired: ['اختيار سبب', 'تحديد سبب'],
  accountDeactivated: ['تم إلغاء تنشيط', 'تم تعطيل حسابك'],
  deleteMyAccount: ['حذف حسابي'],
  agreeWord: ['agree', 'أوافق'],
  confirmWord: ['موافق', 'حذف'],
  deleteButton: ['حذف', 'حذف الآن', 'احذف الآن'],
  getCode: ['الحصول على الرمز', 'إرسال الرمز', 'الحصول على رمز التحقق', 'إرسال رمز التحقق'],
  codeWord: ['الرمز', 'رمز التحقق'],
  verify: ['تحقق', 'التحقق', 'إرسال'],
  wrongCode: ['الرمز غير صحيح', 'انتهت صلاحية الرمز', 'رمز غير صالح'],
  permanentDelete: ['بشكل دائم', 'بشكل نهائي', 'حذف بياناتي'],
  deleteAccount: ['حذف الحساب', 'حذف الحساب بشكل دائم'],
  deleteRequested: ['تم إرسال طلبك', 'تم إرسال الطلب', 'تم حذف حسابك', 'تم حذف الحساب'],
  unusualTraffic: ['حركة مرور غير عادية', 'اسحب للتحقق'],
  openOrders: ['لا يمكن حذف', 'الطلبات، النزاعات', 'طلبات قيد التنفيذ', 'طلبات غير مكتملة'],
  accountTerminated: ['تم إنهاء هذا الحساب', 'تم إنهاء الحساب', 'حسابك غير متاح'],
} satisfies LabelTable;
