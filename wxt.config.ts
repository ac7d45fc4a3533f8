import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Firefox builds stay on Manifest V2 (WXT's default there): see README, "Firefox".
  manifest: ({ browser }) => ({
    name: 'Exit Guide for AliExpress',
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
