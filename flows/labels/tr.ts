import type { LabelTable } from '@/engine/types';

/**
 * Turkish (tr.aliexpress.com). No source shows a Turkish label: every value is a translation
 * of en.ts, to be confirmed against live pages. The typed words list the English ones first,
 * as the real site asks for them.
 */
export default {
  signIn: ['Giriş yap', 'Oturum aç', 'Giriş'],
  signOut: ['Çıkış yap', 'Oturumu kapat', 'Çıkış'],
  continue: ['Devam', 'Devam et', 'İleri'],
  loginId: ['E-posta', 'E-posta adresi', 'E-posta veya telefon numarası', 'telefon numarası', 'hesap'],
  wrongPassword: ['hesap adı veya şifre yanlış', 'şifre yanlış', 'şifreniz yanlış', 'hatalı şifre'],
  myAliExpress: ['Hesabım', "AliExpress'im"],
  accountMenu: ['Hesap', 'Hesabım'],
  accountSettings: ['Hesap ayarları', 'Hesap ve ayarlar', 'Ayarlar'],
  editMemberProfile: ['Üye profilini düzenle', 'Profili düzenle', 'Kişisel bilgilerim'],
  deactivateAccount: ['Hesabı devre dışı bırak', 'Hesabımı sil', 'Hesabı sil', 'Hesabı kapat'],
  memberIdOrEmail: ['Üye kimliği', 'e-posta', 'e-posta adresi'],
  deactivateWords: ['Deactivate my account', 'Hesabımı devre dışı bırak'],
  deactivateMyAccount: ['Hesabımı devre dışı bırak', 'Devre dışı bırak', 'Onayla'],
  wrongWords: ['kelimeleri aynen yazın', 'girdiğiniz kelimeler', 'kelimeler eşleşmiyor'],
  reasonRequired: ['bir neden seçin'],
  accountDeactivated: ['devre dışı bırakıldı'],
  deleteMyAccount: ['Hesabımı sil'],
  agreeWord: ['agree', 'kabul ediyorum'],
  confirmWord: ['kabul ediyorum', 'sil'],
  deleteButton: ['Sil', 'Şimdi sil'],
  getCode: ['Kod al', 'Kod gönder', 'Doğrulama kodu al', 'Doğrulama kodu gönder'],
  codeWord: ['kod', 'kodu', 'doğrulama kodu'],
  verify: ['Doğrula', 'Gönder'],
  wrongCode: ['kod yanlış', 'kod hatalı', 'kodun süresi doldu', 'geçersiz kod'],
  permanentDelete: ['kalıcı olarak', 'verilerimi sil'],
  deleteAccount: ['Hesabı sil', 'Hesabı kalıcı olarak sil'],
  deleteRequested: ['talebiniz gönderildi', 'talep gönderildi', 'hesabınız silindi'],
  unusualTraffic: ['olağan dışı trafik', 'olağandışı trafik', 'doğrulamak için kaydırın'],
  openOrders: ['silinemez', 'siparişler, anlaşmazlıklar', 'devam eden siparişler', 'tamamlanmamış siparişler', 'önce bunları tamamlayın'],
  accountTerminated: ['hesap sonlandırıldı', 'hesabınız sonlandırıldı', 'geçici olarak kullanılamıyor'],
} satisfies LabelTable;
