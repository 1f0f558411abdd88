/** `/rss.xml`: the newest case studies, for feed readers (src/site/feed.ts). */
import type { APIRoute } from 'astro';
import { caseStudyFeed } from '../site/feed.ts';

export const GET: APIRoute = ({ site }) => caseStudyFeed('en', site);
