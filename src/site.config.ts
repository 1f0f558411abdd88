/**
 * Settings a deployment may change. Read by pages, the contribution form and the scaffolder; set
 * through the environment so that a fork deploys without editing code.
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig = {
  /** The library's name, shown in the header, titles and the feed. */
  title: 'Community Wealth Building Practice Library',
  /** One line saying what the library is, for the home page, the feed and meta descriptions. */
  description:
    'How councils and their partners across the UK keep wealth in their places: case studies shared by the Community Wealth Building Local Leader Network.',
  /** The GitHub repository that holds the content; "Edit this page" and the form's pull requests go here. */
  repositoryUrl: (env.REPOSITORY_URL ?? 'https://github.com/cwb-network/cwb-practice-library').replace(/\/+$/, ''),
  /** The branch contributions are proposed against. */
  branch: env.REPOSITORY_BRANCH ?? 'main',
} as const;
