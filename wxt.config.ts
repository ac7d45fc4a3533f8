import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Exit Guide for AliExpress',
    permissions: ['storage'],
  },
});
