// Inline, render-blocking on purpose: picks the theme before the first paint so dark-mode users never see a flash.
const script =
  "(function(){try{var t=localStorage.getItem('theme');" +
  "if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}" +
  "document.documentElement.dataset.theme=t}catch(e){}})();";

/** `nonce`: the request's CSP nonce (the policy refuses inline scripts without it). */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
