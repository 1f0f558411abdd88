/**
 * The deployment's base path (`/` or e.g. `/repo-name/`), read here once so that pages and
 * components pass it to the pure URL builders in `src/lib/urls.ts`.
 */
import { normaliseBase } from '../lib/urls.ts';

export const base: string = normaliseBase(import.meta.env.BASE_URL);
