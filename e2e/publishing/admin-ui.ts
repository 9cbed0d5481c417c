/**
 * The admin UI steps the publishing tests share, done through the real forms in Chromium: signing
 * in, and starting a news article in the Content Manager (left unsaved for the test to finish).
 */
import type { Page } from 'playwright-core';
import type { Editor } from './admin-api';

/** Logs in through the real form. */
export const logInThroughForm = async (page: Page, cmsUrl: string, who: Editor): Promise<void> => {
  await page.goto(`${cmsUrl}/admin`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByRole('button', { name: 'Login' }).click();
};

export type NewArticle = { title: string; slug: string; summary: string; body: string; category: string };

/** Content Manager → News article → Create new entry, filled in; not yet saved or published. */
export const fillNewArticle = async (page: Page, article: NewArticle): Promise<void> => {
  await page.getByRole('link', { name: 'Content Manager' }).click();
  await page.getByRole('link', { name: 'News article' }).click();
  await page
    .getByRole('link', { name: /Create new entry/ })
    .first()
    .click();
  await page.getByLabel(/^title/).fill(article.title);
  await page.getByLabel(/^slug/).fill(article.slug);
  await page.getByLabel(/^summary/).fill(article.summary);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(article.body);
  await page.getByLabel(/^category/).click();
  await page.getByRole('option', { name: article.category }).click();
};
