import type { LabelTable } from '@/engine/types';

/**
 * Korean (ko.aliexpress.com). No source shows a Korean label: every value is a translation of
 * en.ts, to be confirmed against live pages. Normalisation splits Hangul into jamo, so Korean
 * text labels match as whole words, not substrings: phrases end on a whole word. "확인" (OK)
 * is left out of the buttons: too generic; the primary-button fallbacks cover it.
 */
export default {
  signIn: ['로그인'],
  signOut: ['로그아웃'],
  continue: ['계속', '계속하기', '다음'],
  loginId: ['이메일', '이메일 또는 전화번호', '전화번호', '계정'],
  wrongPassword: ['계정 이름 또는 비밀번호가 올바르지 않습니다', '비밀번호가 올바르지 않습니다', '비밀번호가 틀렸습니다'],
  myAliExpress: ['나의 AliExpress', '내 AliExpress', '내 계정'],
  accountMenu: ['계정', '내 계정'],
  accountSettings: ['계정 설정', '설정'],
  editMemberProfile: ['회원 프로필 편집', '프로필 편집', '내 개인 정보'],
  deactivateAccount: ['계정 비활성화', '내 계정 삭제', '계정 삭제', '계정 해지'],
  memberIdOrEmail: ['회원 ID', '이메일', '이메일 주소'],
  deactivateWords: ['Deactivate my account', '내 계정 비활성화'],
  deactivateMyAccount: ['내 계정 비활성화', '비활성화'],
  wrongWords: ['단어가 일치하지 않습니다', '입력한 단어가'],
  reasonRequired: ['사유를 선택해 주세요', '사유를 선택하세요', '이유를 선택하세요'],
  accountDeactivated: ['비활성화되었습니다'],
  deleteMyAccount: ['내 계정 삭제'],
  agreeWord: ['agree', '동의'],
  confirmWord: ['동의', '삭제'],
  deleteButton: ['삭제', '지금 삭제'],
  getCode: ['인증번호 받기', '인증 코드 받기', '코드 받기', '인증번호 전송', '코드 전송'],
  codeWord: ['인증번호', '인증 코드', '코드'],
  verify: ['인증', '인증하기'],
  wrongCode: ['코드가 올바르지 않습니다', '인증번호가 올바르지 않습니다', '코드가 만료되었습니다', '유효하지 않은 코드'],
  permanentDelete: ['영구적으로', '영구 삭제', '내 데이터 삭제'],
  deleteAccount: ['계정 삭제', '계정 영구 삭제'],
  deleteRequested: ['요청이 제출되었습니다', '계정이 삭제되었습니다'],
  unusualTraffic: ['비정상적인 트래픽', '밀어서 인증'],
  openOrders: ['삭제할 수 없습니다', '주문, 분쟁', '진행 중인 주문', '완료되지 않은 주문', '먼저 완료해 주세요'],
  accountTerminated: ['계정이 해지되었습니다', '일시적으로 사용할 수 없습니다'],
} satisfies LabelTable;
