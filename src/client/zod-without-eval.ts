/**
 * zod tries `new Function` once, when its first object schema is made, to see whether it may
 * compile faster checks. The site's Content Security Policy forbids that, so the attempt would be
 * reported as a violation on every page that checks a form. Import this module before any module
 * that makes a schema, so that zod never tries.
 */
import { z } from 'zod';

z.config({ jitless: true });
