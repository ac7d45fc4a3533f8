import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import panelCss from '@/components/panel.css?inline';
import { PanelRoot } from '@/components/PanelRoot';
import type { ProgressStore } from '@/store/progress';
import { listenFocusRequests } from './frameBridge';
import { listenPanelShortcut } from './keyboard';
import type { ShownPanel } from './placement';
import { ignoreUntrustedInput } from './trustedInput';
import type { ViewStore } from './view';

export interface MountedPanel {
  host(): HTMLElement;
  /** The open panel or its folded tab, measured, for keeping it clear of the ring; null while hidden. */
  box(): ShownPanel | null;
  /** Puts the panel back if the page removed it. */
  ensureAttached(): void;
}

/** Mounts the React panel in an open shadow root at the end of <body>. */
export async function mountPanel(
  ctx: ContentScriptContext,
  stores: { view: ViewStore; progress: ProgressStore },
  languages: readonly string[],
  hooks: {
    /** After each render the panel may have a new size or side: placement is checked again. */
    onRender(): void;
    makeReport(): string;
  },
): Promise<MountedPanel> {
  const ui = await createShadowRootUi<Root>(ctx, {
    // A plain div at the end of <html>: pages that throw out unknown elements keep it, and it
    // follows <body>, so page overlays with the same z-index stay below it.
    name: 'div',
    mode: 'open',
    css: panelCss,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(<PanelRoot view={stores.view} progress={stores.progress} languages={languages} pageUrl={() => location.href} onRender={hooks.onRender} makeReport={hooks.makeReport} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  ui.shadowHost.dataset.exitGuide = 'panel';
  ignoreUntrustedInput(ui.shadow, ctx.signal);
  const shortcut = listenPanelShortcut(ui.shadow, ctx.signal);
  listenFocusRequests(ctx.signal, shortcut.focusPanel);
  return {
    host: () => ui.shadowHost,
    box() {
      const panel = ui.shadow.querySelector<HTMLElement>('[data-testid="exit-guide-panel"]');
      if (!panel) return null;
      const { width, height, top } = panel.getBoundingClientRect();
      // Where fixed boxes are laid out: the window less its scrollbars (<body> in quirks mode).
      const { clientWidth, clientHeight } = document.compatMode === 'CSS1Compat' ? document.documentElement : document.body;
      return { tab: panel.classList.contains('collapsed'), width, height, top, rtl: panel.dir === 'rtl', viewport: { width: clientWidth, height: clientHeight } };
    },
    ensureAttached() {
      if (ui.shadowHost.isConnected) return;
      ui.remove();
      ui.mount();
      ui.shadowHost.dataset.exitGuide = 'panel';
    },

  };
}
