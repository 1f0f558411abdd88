export * from './case-study.ts';
export * from './taxonomy.ts';
export { closestId, editDistance } from './suggest.ts';
export * from './mdx-components.ts';
export { iso3166Alpha2 } from './countries.ts';
export * from './guide.ts';
