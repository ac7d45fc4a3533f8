import type { LabelTable } from '@/engine/types';

/**
 * Russian (aliexpress.ru and ru.aliexpress.com). From sources: "Мой AliExpress" (page title,
 * docs/sources.md). Every other value is a translation of en.ts, to be confirmed
 * against live pages. deleteButton leaves out the bare "Удалить" (also the word for removing
 * an item) and deactivateMyAccount "Подтвердить" (Verify's name): the flow's primary-button
 * fallbacks find those buttons.
 */
export default {
  signIn: ['Войти', 'Вход'],
  signOut: ['Выйти', 'Выход'],
  continue: ['Продолжить', 'Далее'],
  loginId: ['электронная почта', 'эл. почта', 'номер телефона', 'аккаунт'],
  wrongPassword: ['имя аккаунта или пароль неверны', 'неверный пароль', 'пароль неверный', 'неверное имя пользователя или пароль'],
  myAliExpress: ['Мой AliExpress', 'Мой аккаунт', 'Мой профиль'],
  accountMenu: ['Аккаунт', 'Мой аккаунт'],
  accountSettings: ['Настройки аккаунта', 'Настройки учётной записи', 'Настройки'],
  editMemberProfile: ['Редактировать профиль участника', 'Редактировать профиль', 'Моя личная информация'],
  deactivateAccount: ['Деактивировать аккаунт', 'Удалить мой аккаунт', 'Удалить аккаунт', 'Закрыть аккаунт'],
  memberIdOrEmail: ['ID участника', 'электронная почта', 'эл. почта'],
  deactivateWords: ['Deactivate my account', 'Деактивировать мой аккаунт'],
  deactivateMyAccount: ['Деактивировать мой аккаунт', 'Деактивировать'],
  wrongWords: ['введите слова точно', 'введённые слова', 'слова не совпадают'],
  reasonRequired: ['выберите причину', 'укажите причину'],
  accountDeactivated: ['был деактивирован', 'аккаунт деактивирован'],
  deleteMyAccount: ['Удалить мой аккаунт', 'Удалить мою учётную запись'],
  agreeWord: ['agree', 'согласен'],
  confirmWord: ['согласен', 'удалить'],
  deleteButton: ['Удалить сейчас', 'Удалить навсегда'],
  getCode: ['Получить код', 'Отправить код', 'Получить код подтверждения', 'Отправить код подтверждения'],
  codeWord: ['код', 'код подтверждения', 'проверочный код'],
  verify: ['Подтвердить', 'Проверить', 'Отправить'],
  wrongCode: ['неверный код', 'код неверный', 'срок действия кода истёк', 'код недействителен'],
  permanentDelete: ['навсегда', 'безвозвратно', 'удалить мои данные'],
  deleteAccount: ['Удалить аккаунт', 'Удалить аккаунт навсегда', 'Удалить учётную запись'],
  deleteRequested: ['запрос отправлен', 'заявка отправлена', 'аккаунт был удалён', 'будет удалён в течение'],
  unusualTraffic: ['необычный трафик', 'подозрительный трафик', 'сдвиньте ползунок', 'потяните ползунок'],
  openOrders: ['не может быть удалён', 'заказы, споры', 'незавершённые заказы', 'заказы в процессе', 'сначала завершите их'],
  accountTerminated: ['Данный аккаунт был упразднен', 'аккаунт заблокирован', 'аккаунт был закрыт', 'временно недоступен'],
} satisfies LabelTable;
