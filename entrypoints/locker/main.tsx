import { render } from 'preact';
import { Locker } from '@/components/locker/Locker';
import { LOCKER_STRINGS } from '@/components/locker/strings';
import { currentLang } from '@/lib/i18n';
import '@/components/base.css';

function main() {
  const lang = currentLang();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${LOCKER_STRINGS[lang].title} · Off-Platform Guard`;
  render(<Locker lang={lang} />, document.getElementById('app')!);
}

main();
