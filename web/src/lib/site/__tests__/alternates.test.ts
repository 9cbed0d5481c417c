import { toAlternates, versionsOf } from '../alternates';
import { routes } from '../urls';

describe('other-language versions of a page', () => {
  const article = {
    locale: 'en',
    slug: 'welcome',
    localizations: [
      { locale: 'fa', slug: 'welcome-fa' },
      { locale: 'ar', slug: 'welcome-ar' },
      { locale: 'ro', slug: 'welcome-ro' },
      { locale: 'de', slug: 'willkommen' },
    ],
  };

  it('lists only versions in built locales, in the site’s language order, each with its own slug', () => {
    expect(toAlternates(versionsOf(article), ['en', 'ar', 'fa'], routes.article)).toEqual([
      { locale: 'en', href: '/news/welcome/' },
      { locale: 'ar', href: '/ar/news/welcome-ar/' },
      { locale: 'fa', href: '/fa/news/welcome-fa/' },
    ]);
  });

  it('keeps the first version of a locale listed twice', () => {
    const versions = [
      { locale: 'ar', slug: 'one' },
      { locale: 'ar', slug: 'two' },
    ];
    expect(toAlternates(versions, ['ar'], routes.article)).toEqual([{ locale: 'ar', href: '/ar/news/one/' }]);
  });
});
