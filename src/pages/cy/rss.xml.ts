/** `/cy/rss.xml`: the newest case studies written in Welsh, for feed readers (src/site/feed.ts). */
import type { APIRoute } from 'astro';
import { caseStudyFeed } from '../../site/feed.ts';

export const GET: APIRoute = ({ site }) => caseStudyFeed('cy', site);
