/**
 * The quick exit's behaviour (GOV.UK "Exit this page"), as the few hundred bytes of inline script
 * the layout ships on every page. Without JavaScript the exit is a plain link to the neutral site.
 * With it: the page is blanked at once and replaced in history (the back button does not return
 * here), on a click or when Shift is pressed three times with under a second between presses.
 */
import { safeHref } from '../cms/safe-url';

export const QUICK_EXIT_SCRIPT =
  '(()=>{var a=document.querySelector("[data-quick-exit]");if(!a)return;var n=0,t=0,' +
  'go=function(e){e&&e.preventDefault();document.body.hidden=true;document.title="";location.replace(a.href)};' +
  'a.addEventListener("click",go);' +
  'addEventListener("keyup",function(e){if(e.key!=="Shift"){n=0;return}var s=Date.now();n=s-t<1000?n+1:1;t=s;if(n>2)go()})})()';

/** Where the quick exit goes when the settings hold no usable web address: still a neutral site. */
export const QUICK_EXIT_FALLBACK_URL = 'https://www.bbc.co.uk/weather';

/** The quick exit must always lead away: a web address the site accepts (safe-url.ts), or the fallback. */
export const quickExitHref = (url: string | null | undefined): string => {
  const href = safeHref(url);
  return href !== null && /^https?:\/\//i.test(href) ? href : QUICK_EXIT_FALLBACK_URL;
};
