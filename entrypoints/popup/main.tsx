import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { PopupRoot } from '@/components/popup/PopupRoot';
import '@/components/popup/popup.css';
import { connectProgress, createProgressStore } from '@/store/progress';

async function main() {
  const progress = createProgressStore();
  await connectProgress(progress);
  const languages = [browser.i18n.getUILanguage(), ...navigator.languages];
  createRoot(document.getElementById('root')!).render(<PopupRoot progress={progress} languages={languages} />);
}

void main();
