import type { LabelTable } from '@/engine/types';

/**
 * Japanese (ja.aliexpress.com). No source shows a Japanese label: every value is a
 * translation of en.ts, to be confirmed against live pages. Text labels match as substrings,
 * so none is shorter than a word. Left out: the bare "削除" from deleteButton (also the word
 * for removing an item) and "確認" from the buttons (too generic); fallbacks cover both.
 */
export default {
  signIn: ['ログイン', 'サインイン'],
  signOut: ['ログアウト', 'サインアウト'],
  continue: ['続ける', '続行', '次へ'],
  loginId: ['メールアドレス', 'メールアドレスまたは電話番号', '電話番号', 'アカウント'],
  wrongPassword: ['アカウント名またはパスワードが正しくありません', 'パスワードが正しくありません', 'パスワードが間違っています'],
  myAliExpress: ['マイAliExpress', 'マイ AliExpress', 'マイアカウント'],
  accountMenu: ['アカウント', 'マイアカウント'],
  accountSettings: ['アカウント設定', '設定'],
  editMemberProfile: ['会員プロフィールを編集', 'プロフィールを編集', '個人情報'],
  deactivateAccount: ['アカウントを無効化', 'マイアカウントを削除', 'アカウントを削除', 'アカウントを閉じる'],
  memberIdOrEmail: ['会員ID', 'メールアドレス', 'メール'],
  deactivateWords: ['Deactivate my account', 'アカウントを無効にする'],
  deactivateMyAccount: ['マイアカウントを無効化', 'アカウントを無効にする', '無効化'],
  wrongWords: ['正確に入力されていません', '入力した文字列', '文字が一致しません'],
  reasonRequired: ['理由を選択してください', '理由を選んでください'],
  accountDeactivated: ['無効化されました', '無効になりました'],
  deleteMyAccount: ['マイアカウントを削除', 'アカウントの削除'],
  agreeWord: ['agree', '同意'],
  confirmWord: ['同意', '削除'],
  deleteButton: ['削除する', '今すぐ削除'],
  getCode: ['コードを取得', '認証コードを取得', 'コードを送信', '認証コードを送信'],
  codeWord: ['認証コード', '確認コード', 'コード'],
  verify: ['認証', '認証する'],
  wrongCode: ['コードが正しくありません', 'コードの有効期限が切れています', '無効なコード'],
  permanentDelete: ['完全に削除', '永久に', 'データを削除'],
  deleteAccount: ['アカウントを削除', 'アカウントを削除する', 'アカウントを完全に削除'],
  deleteRequested: ['リクエストが送信されました', '申請が送信されました', 'アカウントが削除されました'],
  unusualTraffic: ['異常なトラフィック', 'スライドして認証'],
  openOrders: ['削除できません', '進行中の注文', '未完了の注文', '先に完了してください'],
  accountTerminated: ['アカウントは停止されました', 'アカウントは解約されました', '一時的に利用できません'],
} satisfies LabelTable;
