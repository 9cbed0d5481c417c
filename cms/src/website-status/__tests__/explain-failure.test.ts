import { firstLine } from '../explain-failure';

describe('firstLine', () => {
  it('keeps the first non-empty line, trimmed', () => {
    expect(firstLine('\n  Error: vite exploded  \n    at stack (x.js:1:1)')).toBe('Error: vite exploded');
  });
  it('shortens very long lines', () => {
    const shown = firstLine('x'.repeat(1000));
    expect(shown.length).toBe(300);
    expect(shown.endsWith('…')).toBe(true);
  });
});
