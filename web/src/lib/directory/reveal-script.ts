/**
 * Shows the directory's filter form and print button as the page is parsed, before its first
 * paint, so they do not push the list down when the (deferred) filter script arrives: a layout
 * shift on every visit on a slow phone. Inline, hashed into the CSP by the component that sets it.
 * The controls' behaviour is filter-client.ts; without JavaScript neither control shows.
 */
export const DIRECTORY_REVEAL_SCRIPT =
  'for(const id of["directory-filter","directory-print"]){const e=document.getElementById(id);if(e)e.hidden=false}';
