import { editPath } from '../left-out';

describe('the edit view of an entry the build left out', () => {
  it('links an editor’s redirect (not translated) without a locale', () => {
    expect(editPath('api::redirect.redirect', 'collectionType', 'k3v9q2mzq8x0d1t7b5w4n6yh', '')).toBe(
      '/content-manager/collection-types/api::redirect.redirect/k3v9q2mzq8x0d1t7b5w4n6yh',
    );
  });

  it('still refuses a crafted locale or document id', () => {
    expect(editPath('api::article.article', 'collectionType', 'abc', 'en?x=1')).toBeNull();
    expect(editPath('api::redirect.redirect', 'collectionType', '../../admin', '')).toBeNull();
  });
});
