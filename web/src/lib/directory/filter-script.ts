/**
 * The directory's progressive filter, inline (its CSP hash is added by the component that sets it):
 * plain DOM code, no framework, nothing hydrated. Without it the page is a complete static list
 * with links to a page per area, group and language. With it, the form appears and hides the
 * items that do not match (`hidden`), announces the count in a polite live region, and keeps the
 * choices in the address (?area=&who=&language=) so a filtered list can be shared or reloaded.
 * The area rule is the build's (areas.ts): an option lists the area tokens it covers.
 */
export const DIRECTORY_FILTER_SCRIPT = `(() => {
  const form = document.getElementById('directory-filter');
  const list = document.getElementById('directory-list');
  const status = document.getElementById('directory-count');
  const empty = document.getElementById('directory-no-match');
  if (!form || !list || !status) return;
  const items = Array.from(list.querySelectorAll('[data-service]'));
  const select = (name) => form.elements.namedItem(name);
  const words = (value) => (value || '').split(' ').filter(Boolean);
  const apply = () => {
    const areaOption = select('area').selectedOptions[0];
    const covers = new Set(words(areaOption && areaOption.dataset.covers));
    const who = select('who').value;
    const language = select('language').value;
    let shown = 0;
    for (const item of items) {
      const matches =
        (covers.size === 0 || words(item.dataset.areas).some((token) => covers.has(token))) &&
        (who === '' || words(item.dataset.who).some((token) => token === who || token === 'any_situation')) &&
        (language === '' || words(item.dataset.languages).includes(language));
      item.hidden = !matches;
      if (matches) shown += 1;
    }
    const text = shown === 1 ? status.dataset.one : (status.dataset.many || '').replace('{count}', String(shown));
    if (status.textContent !== text) status.textContent = text;
    if (empty) empty.hidden = shown !== 0;
    const params = new URLSearchParams(location.search);
    for (const name of ['area', 'who', 'language']) {
      const value = select(name).value;
      if (value) params.set(name, value);
      else params.delete(name);
    }
    const query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  };
  const initial = new URLSearchParams(location.search);
  for (const name of ['area', 'who', 'language']) {
    const value = initial.get(name);
    const control = select(name);
    if (value && Array.from(control.options).some((option) => option.value === value)) control.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', () => apply());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(() => apply(), 0));
  apply();
  const print = document.getElementById('directory-print');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
})();`;
