import type { LabelTable } from '@/engine/types';

/**
 * Vietnamese (vi.aliexpress.com). No source shows a Vietnamese label: every value is a
 * translation of en.ts, to be confirmed against live pages. Normalisation drops the tone
 * marks, so one-syllable text labels ("mã") would hit many words: text labels are phrases.
 */
export default {
  signIn: ['Đăng nhập'],
  signOut: ['Đăng xuất'],
  continue: ['Tiếp tục', 'Tiếp theo'],
  loginId: ['Địa chỉ email', 'Email hoặc số điện thoại', 'số điện thoại', 'tài khoản'],
  wrongPassword: ['tên tài khoản hoặc mật khẩu không đúng', 'mật khẩu không đúng', 'mật khẩu không chính xác'],
  myAliExpress: ['AliExpress của tôi', 'Tài khoản của tôi'],
  accountMenu: ['Tài khoản', 'Tài khoản của tôi'],
  accountSettings: ['Cài đặt tài khoản', 'Cài đặt'],
  editMemberProfile: ['Chỉnh sửa hồ sơ thành viên', 'Chỉnh sửa hồ sơ', 'Thông tin cá nhân của tôi'],
  deactivateAccount: ['Vô hiệu hóa tài khoản', 'Xóa tài khoản của tôi', 'Xóa tài khoản', 'Đóng tài khoản'],
  memberIdOrEmail: ['ID thành viên', 'email', 'địa chỉ email'],
  deactivateWords: ['Deactivate my account', 'Vô hiệu hóa tài khoản của tôi'],
  deactivateMyAccount: ['Vô hiệu hóa tài khoản của tôi', 'Vô hiệu hóa', 'Xác nhận'],
  wrongWords: ['nhập chính xác các từ', 'các từ bạn đã nhập', 'các từ không khớp'],
  reasonRequired: ['chọn một lý do', 'chọn lý do'],
  accountDeactivated: ['đã bị vô hiệu hóa', 'đã được vô hiệu hóa'],
  deleteMyAccount: ['Xóa tài khoản của tôi'],
  agreeWord: ['agree', 'đồng ý'],
  confirmWord: ['đồng ý', 'xóa'],
  deleteButton: ['Xóa', 'Xóa ngay'],
  getCode: ['Lấy mã', 'Gửi mã', 'Nhận mã', 'Gửi mã xác minh'],
  codeWord: ['mã xác minh', 'mã xác thực', 'mã OTP'],
  verify: ['Xác minh', 'Xác thực'],
  wrongCode: ['mã không đúng', 'mã đã hết hạn', 'mã không hợp lệ'],
  permanentDelete: ['vĩnh viễn', 'xóa dữ liệu của tôi'],
  deleteAccount: ['Xóa tài khoản', 'Xóa tài khoản vĩnh viễn'],
  deleteRequested: ['yêu cầu đã được gửi', 'sẽ bị xóa trong vòng', 'tài khoản đã bị xóa'],
  unusualTraffic: ['lưu lượng truy cập bất thường', 'trượt để xác minh', 'Vui lòng kéo sang phải để xác nhận'],
  openOrders: ['không thể xóa', 'đơn hàng, tranh chấp', 'đơn hàng đang xử lý', 'đơn hàng chưa hoàn thành', 'hoàn thành chúng trước'],
  accountTerminated: ['tài khoản này đã bị chấm dứt', 'tạm thời không khả dụng'],
} satisfies LabelTable;
