import { describe, expect, it } from 'vitest';
import { foldAny, foldAscii, foldText } from '@/engine/text';
import { labels } from '@/flows';
import { labelTables } from '@/flows/labels';

describe('folding text', () => {
  it('the ASCII shortcut folds every ASCII character as the full folding does', () => {
    const all = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    for (const char of all) expect(foldAscii(`a${char}b ${char}`), JSON.stringify(char)).toBe(foldAny(`a${char}b ${char}`));
    for (const text of ['  Delete  My Account. ', 'Sign in / Register', 'US $12.89 (-50%)', 'e-mail_address@x', 'Tab\there\nand\r\nthere'])
      expect(foldAscii(text)).toBe(foldAny(text));
  });

  it('text with runs outside ASCII folds run by run exactly as whole', () => {
    const samples = [
      ...Object.values(labelTables).flatMap((table) => Object.values(table).flat()),
      '10,000+ sold · ★ 4.8', 'Add to Wish List ♡', 'Café «Déjà vu» — ﬁne Ｆｕｌｌ', 'e\u0301tait naïve', 'Ｓign　in', 'Σίγμα ΟΔΟΣ', '½ price™', 'x\u00a0y',
    ];
    expect(samples.length).toBeGreaterThan(300);
    for (const text of samples) expect(foldText(text), JSON.stringify(text)).toBe(foldAny(text));
  });

  it('other text keeps the full folding: accents, case, marks', () => {
    expect(foldText('Élimínar  CUENTA!')).toBe('eliminar cuenta');
    expect(foldText('Войти')).toBe(foldText('войти')); // й folds to и, on both sides
  });
});

describe('any of several labels in a long text', () => {
  const keys = Object.keys(labelTables.en!);
  const texts = [
    'Recommended for you: Wireless earbuds, US $9.99, Free shipping, Add to cart',
    'Welcome back! Sign in Register My Orders',
    'Hola, Iniciar sesión para ver tus pedidos',
    'アカウントを削除する',
    'Something signing incorrectly',
  ];

  it('agrees with includes, label by label', () => {
    expect(keys.length).toBeGreaterThan(5);
    for (const text of texts) {
      for (const key of keys) expect(labels.includesAny([key], text), `${key} in "${text}"`).toBe(labels.includes(key, text));
      expect(labels.includesAny(keys, text)).toBe(keys.some((key) => labels.includes(key, text)));
    }
  });
});
