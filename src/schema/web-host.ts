/**
 * What a web address's host must be (issue 12), shared by the front-matter schema (`sources[].url`,
 * `contact.url`) and the link policy (src/validate/link-policy.ts) that the validator and the
 * build's link check apply to every link. Apart from the policy so that the schema, which the
 * contribution form runs in the browser, loads nothing of Node's.
 *
 * A domain name as the URL parser leaves it (lower case, international names in punycode): labels
 * of letters, digits and inner hyphens, at least two of them, the last alphabetic (or an
 * international `xn--` one). Not `intranet`, `localhost`, an IP address or `ex_ample.org`.
 */
export const webHostPattern =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
