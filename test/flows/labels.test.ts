import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/engine/text';
import type { LabelKey } from '@/engine/types';
import { labelTables } from '@/flows/labels';
import en from '@/flows/labels/en';

/**
 * The label tables as data: same keys everywhere, and no variant that could make the engine
 * take the wrong control. Names are compared as the engine compares them (normalizeText) and
 * across languages, since a page is matched against every table.
 */

/** Keys matched as the whole accessible name of a control (flows/*.ts: `name:`). */
const NAME_KEYS: readonly LabelKey[] = [
  'signIn', 'signOut', 'continue', 'myAliExpress', 'accountSettings', 'editMemberProfile',
  'deactivateAccount', 'deactivateMyAccount', 'deleteMyAccount', 'deleteButton', 'getCode', 'verify',
  'deleteAccount',
];

/** Keys the person types (flows/*.ts: `expect:`); the English words come first (the real site asks for them). */
const TYPED_KEYS: readonly LabelKey[] = ['agreeWord', 'deactivateWords'];

const DELETE_KEYS: readonly LabelKey[] = ['deleteButton', 'deleteAccount', 'deleteMyAccount'];

/** Name keys allowed to share a variant, each with the reason the engine cannot confuse them. */
const SHARED_NAMES: readonly [LabelKey, LabelKey, string][] = [
  [
    'deactivateAccount', 'deleteMyAccount',
    'the Edit Member Profile link now leads to the delete request and is named like it (how-tos 2023-2025); ' +
      'deactivateAccount is sought on accounts.aliexpress.com only, deleteMyAccount on privacy.aliexpress.com only',
  ],
  ['deactivateAccount', 'deleteAccount', 'as above: en.ts itself lists "Delete Account" for both; different hosts'],
  [
    'deactivateAccount', 'deactivateMyAccount',
    'the Edit Profile link reads "Deactivate my account" even on the Russian site (lumpics.ru, docs/sources.md); ' +
      'the link is sought on profile pages, the button only on the deactivation form, which is read first',
  ],
];

/**
 * Controls a closing flow must never ring, as each language's site would name them: Delete
 * address, Delete item, Remove, Account security, Privacy settings, Security settings.
 */
const NEAR_MISSES: Record<string, readonly string[]> = {
  en: ['Delete address', 'Delete item', 'Remove', 'Account security', 'Privacy settings', 'Security settings'],
  es: ['Eliminar dirección', 'Eliminar artículo', 'Quitar', 'Seguridad de la cuenta', 'Configuración de privacidad', 'Configuración de seguridad'],
  fr: ["Supprimer l'adresse", "Supprimer l'article", 'Retirer', 'Sécurité du compte', 'Paramètres de confidentialité', 'Paramètres de sécurité'],
  de: ['Adresse löschen', 'Artikel löschen', 'Entfernen', 'Kontosicherheit', 'Datenschutzeinstellungen', 'Sicherheitseinstellungen'],
  pt: ['Excluir endereço', 'Excluir item', 'Remover', 'Segurança da conta', 'Configurações de privacidade', 'Configurações de segurança'],
  ru: ['Удалить адрес', 'Удалить товар', 'Удалить', 'Безопасность аккаунта', 'Настройки конфиденциальности', 'Настройки безопасности'],
  it: ['Elimina indirizzo', 'Elimina articolo', 'Rimuovi', 'Sicurezza account', 'Impostazioni privacy', 'Impostazioni di sicurezza'],
  nl: ['Adres verwijderen', 'Artikel verwijderen', 'Verwijderen', 'Accountbeveiliging', 'Privacyinstellingen', 'Beveiligingsinstellingen'],
  pl: ['Usuń adres', 'Usuń produkt', 'Usuń', 'Bezpieczeństwo konta', 'Ustawienia prywatności', 'Ustawienia bezpieczeństwa'],
  tr: ['Adresi sil', 'Ürünü sil', 'Kaldır', 'Hesap güvenliği', 'Gizlilik ayarları', 'Güvenlik ayarları'],
  ar: ['حذف العنوان', 'حذف المنتج', 'إزالة', 'أمان الحساب', 'إعدادات الخصوصية', 'إعدادات الأمان'],
  ko: ['주소 삭제', '상품 삭제', '제거', '계정 보안', '개인정보 설정', '보안 설정'],
  ja: ['住所を削除', '商品を削除', '削除', 'アカウントのセキュリティ', 'プライバシー設定', 'セキュリティ設定'],
  he: ['מחק כתובת', 'מחק פריט', 'הסר', 'אבטחת חשבון', 'הגדרות פרטיות', 'הגדרות אבטחה'],
  th: ['ลบที่อยู่', 'ลบสินค้า', 'นำออก', 'ความปลอดภัยของบัญชี', 'การตั้งค่าความเป็นส่วนตัว', 'การตั้งค่าความปลอดภัย'],
  vi: ['Xóa địa chỉ', 'Xóa sản phẩm', 'Loại bỏ', 'Bảo mật tài khoản', 'Cài đặt quyền riêng tư', 'Cài đặt bảo mật'],
};

/** The engine's test for scripts matched as substrings (engine/labels.ts, UNSPACED). */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const languages = Object.keys(labelTables);
const enKeys = Object.keys(en);

interface Variant {
  lang: string;
  key: LabelKey;
  written: string;
  normal: string;
}

function variantsOf(keys: readonly LabelKey[]): Variant[] {
  return Object.entries(labelTables).flatMap(([lang, table]) =>
    keys.flatMap((key) => (table[key] ?? []).map((written) => ({ lang, key, written, normal: normalizeText(written) }))),
  );
}

const pairId = (a: LabelKey, b: LabelKey) => [a, b].sort().join('|');
const shared = new Set(SHARED_NAMES.map(([a, b]) => pairId(a, b)));
const show = (v: Variant) => `${v.lang}.${v.key} "${v.written}"`;

/** Every pair of different name keys that share a normalised variant, in any two languages. */
function nameCollisions(): { pair: string; text: string }[] {
  const byNormal = new Map<string, Variant[]>();
  for (const v of variantsOf(NAME_KEYS)) byNormal.set(v.normal, [...(byNormal.get(v.normal) ?? []), v]);
  const found: { pair: string; text: string }[] = [];
  for (const group of byNormal.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a.key < b.key) found.push({ pair: pairId(a.key, b.key), text: `${show(a)} = ${show(b)}` });
      }
    }
  }
  return found;
}

describe('label tables', () => {
  it('keeps English first', () => {
    expect(languages[0]).toBe('en');
  });

  it.each(languages)('%s has exactly the keys of en, in the same order', (lang) => {
    expect(Object.keys(labelTables[lang]!)).toEqual(enKeys);
  });

  it.each(languages)('%s has no empty list and no blank variant', (lang) => {
    for (const [key, values] of Object.entries(labelTables[lang]!)) {
      expect(values.length, key).toBeGreaterThan(0);
      for (const value of values) expect(normalizeText(value), `${key}: "${value}"`).not.toBe('');
    }
  });

  it.each(languages.filter((lang) => lang !== 'en'))('%s keeps each list short (1-5 variants)', (lang) => {
    const long = Object.entries(labelTables[lang]!).filter(([, values]) => values.length > 5).map(([key]) => key);
    expect(long).toEqual([]);
  });

  it.each(languages)('%s asks first for the English words the real site asks for', (lang) => {
    for (const key of TYPED_KEYS) expect(labelTables[lang]![key]![0], key).toBe(en[key as keyof typeof en][0]);
  });

  it('gives no two control names the same variant, in any two languages, but the listed pairs', () => {
    const unlisted = nameCollisions().filter((c) => !shared.has(c.pair)).map((c) => c.text);
    expect(unlisted).toEqual([]);
  });

  it('lists no shared pair that no table needs any more', () => {
    const used = new Set(nameCollisions().map((c) => c.pair));
    expect(SHARED_NAMES.map(([a, b]) => pairId(a, b)).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has near-miss labels for every language', () => {
    expect(languages.filter((lang) => !NEAR_MISSES[lang])).toEqual([]);
  });

  it('never names a delete control, or any other control, like a near miss of any language', () => {
    const nearMisses = new Map(
      Object.entries(NEAR_MISSES).flatMap(([lang, labels]) => labels.map((l) => [normalizeText(l), `${lang} "${l}"`] as const)),
    );
    const hits = (keys: readonly LabelKey[]) =>
      variantsOf(keys).filter((v) => nearMisses.has(v.normal)).map((v) => `${show(v)} = ${nearMisses.get(v.normal)}`);
    expect(hits(DELETE_KEYS)).toEqual([]);
    expect(hits(NAME_KEYS)).toEqual([]);
  });

  it('matches no text label of an unspaced script on a single character', () => {
    const textKeys = enKeys.filter((key) => !NAME_KEYS.includes(key));
    const short = variantsOf(textKeys).filter((v) => UNSPACED.test(v.normal) && Array.from(v.normal).length < 2);
    expect(short.map(show)).toEqual([]);
  });
});
