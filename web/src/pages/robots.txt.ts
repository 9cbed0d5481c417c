/** robots.txt: everything may be indexed except the search pages; points to the sitemap. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
