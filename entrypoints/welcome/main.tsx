import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { WelcomeRoot } from '@/components/welcome/WelcomeRoot';
import '@/components/welcome/welcome.css';
import { connectProgress, createProgressStore } from '@/store/progress';

async function main() {
  const progress = createProgressStore();
  await connectProgress(progress);
  const languages = [browser.i18n.getUILanguage(), ...navigator.languages];
  createRoot(document.getElementById('root')!).render(<WelcomeRoot progress={progress} languages={languages} />);
}

void main();
