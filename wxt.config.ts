import { defineConfig } from 'wxt';
import { preactForContentScripts } from './build/preactForContentScripts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [preactForContentScripts()],
    // Every browser we support preloads modules itself: no polyfill, and no fetch( of its own.
    build: { modulePreload: { polyfill: false } },
  }),
  // Firefox builds stay on Manifest V2 (WXT's default there): see README, "Firefox".
  manifest: ({ browser }) => ({
    // Store name and description per language: public/_locales/<locale>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'exit-guide@exit-guide.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // The data-collection key needs Firefox for Android 142; desktop ESR 140 has it.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
