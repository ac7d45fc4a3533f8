import type { LabelTable } from '@/engine/types';

/**
 * Thai (th.aliexpress.com). No source shows a Thai label: every value is a translation of
 * en.ts, to be confirmed against live pages. Text labels match as substrings, so none is a
 * bare syllable ("รหัส" alone would also hit "รหัสผ่าน", password). "ยืนยัน" is Verify's
 * name here, so deactivateMyAccount leaves out Confirm; the form's primary button covers it.
 */
export default {
  signIn: ['ลงชื่อเข้าใช้', 'เข้าสู่ระบบ'],
  signOut: ['ออกจากระบบ', 'ลงชื่อออก'],
  continue: ['ดำเนินการต่อ', 'ต่อไป', 'ถัดไป'],
  loginId: ['อีเมล', 'อีเมลหรือหมายเลขโทรศัพท์', 'หมายเลขโทรศัพท์', 'บัญชี'],
  wrongPassword: ['ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง', 'รหัสผ่านไม่ถูกต้อง'],
  myAliExpress: ['AliExpress ของฉัน', 'บัญชีของฉัน'],
  accountMenu: ['บัญชี', 'บัญชีของฉัน'],
  accountSettings: ['การตั้งค่าบัญชี', 'ตั้งค่าบัญชี', 'การตั้งค่า'],
  editMemberProfile: ['แก้ไขโปรไฟล์สมาชิก', 'แก้ไขโปรไฟล์', 'ข้อมูลส่วนตัวของฉัน'],
  deactivateAccount: ['ปิดใช้งานบัญชี', 'ลบบัญชีของฉัน', 'ลบบัญชี', 'ปิดบัญชี'],
  memberIdOrEmail: ['ID สมาชิก', 'รหัสสมาชิก', 'อีเมล'],
  deactivateWords: ['Deactivate my account', 'ปิดใช้งานบัญชีของฉัน'],
  deactivateMyAccount: ['ปิดใช้งานบัญชีของฉัน', 'ปิดใช้งาน'],
  wrongWords: ['พิมพ์คำให้ตรงทุกตัว', 'คำที่คุณป้อน', 'คำไม่ตรงกัน'],
  reasonRequired: ['เลือกเหตุผล'],
  accountDeactivated: ['ถูกปิดใช้งานแล้ว'],
  deleteMyAccount: ['ลบบัญชีของฉัน'],
  agreeWord: ['agree', 'ยอมรับ'],
  confirmWord: ['ยอมรับ', 'ลบ'],
  deleteButton: ['ลบ', 'ลบเลย', 'ลบทันที'],
  getCode: ['รับรหัส', 'ส่งรหัส', 'รับรหัสยืนยัน', 'ส่งรหัสยืนยัน'],
  codeWord: ['รหัสยืนยัน', 'รหัสตรวจสอบ', 'OTP'],
  verify: ['ยืนยัน', 'ตรวจสอบ'],
  wrongCode: ['รหัสไม่ถูกต้อง', 'รหัสหมดอายุ'],
  permanentDelete: ['อย่างถาวร', 'ลบข้อมูลของฉัน'],
  deleteAccount: ['ลบบัญชี', 'ลบบัญชีถาวร', 'ลบบัญชีอย่างถาวร'],
  deleteRequested: ['ส่งคำขอแล้ว', 'คำขอของคุณถูกส่งแล้ว', 'บัญชีถูกลบแล้ว'],
  unusualTraffic: ['การเข้าชมที่ผิดปกติ', 'ทราฟฟิกที่ผิดปกติ', 'เลื่อนเพื่อยืนยัน'],
  openOrders: ['ไม่สามารถลบได้', 'คำสั่งซื้อที่ยังไม่เสร็จสมบูรณ์', 'คำสั่งซื้อที่กำลังดำเนินการ', 'ทำให้เสร็จก่อน'],
  accountTerminated: ['บัญชีนี้ถูกยกเลิกแล้ว', 'บัญชีถูกระงับ', 'ไม่สามารถใช้งานได้ชั่วคราว'],
} satisfies LabelTable;
