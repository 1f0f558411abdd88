import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const github = path.join(repo, '.github');

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps: Step[];
  if?: string;
  needs?: string | string[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** Every YAML file under .github/, read strictly (duplicate keys are errors). */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}
const load = (file: string) =>
  parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true, strict: true }) as unknown;
const workflowFiles = readdirSync(path.join(github, 'workflows')).filter((name) => /\.ya?ml$/.test(name));
const workflow = (name: string) => load(path.join(github, 'workflows', name)) as Workflow;
const all = workflowFiles.map((name) => ({
  name,
  flow: workflow(name),
  text: readFileSync(path.join(github, 'workflows', name), 'utf8'),
}));
const writes = (job: Job) =>
  typeof job.permissions === 'object' && Object.values(job.permissions).some((level) => level === 'write');

describe('.github', () => {
  test('every YAML file parses', () => {
    const files = yamlFiles(github);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(() => load(file), path.relative(repo, file)).not.toThrow();
  });

  test('has the workflows, issue forms and pull-request template', () => {
    expect(workflowFiles.sort()).toEqual(['case-study-from-issue.yml', 'check.yml', 'deploy.yml', 'review-due.yml']);
    expect(readdirSync(path.join(github, 'ISSUE_TEMPLATE')).sort()).toEqual([
      'report-a-problem.yml',
      'rhannu-astudiaeth-achos.yml',
      'share-a-case-study.yml',
    ]);
    expect(readFileSync(path.join(github, 'pull_request_template.md'), 'utf8')).toContain('- [ ]');
  });

  test('every workflow grants nothing by default and each job only what it needs', () => {
    for (const { name, flow } of all) {
      expect(flow.permissions, `${name}: top-level permissions`).toEqual({});
      for (const [id, job] of Object.entries(flow.jobs)) {
        expect(typeof job.permissions, `${name} → ${id}: permissions`).toBe('object');
        expect(job.permissions, `${name} → ${id}: write-all`).not.toBe('write-all');
      }
    }
  });

  test('every action is pinned to a full commit SHA, with its version alongside', () => {
    for (const { name, flow, text } of all) {
      for (const job of Object.values(flow.jobs)) {
        for (const step of job.steps) {
          if (!step.uses) continue;
          expect(step.uses, name).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
          expect(text, `${name}: ${step.uses} has no version comment`).toMatch(
            new RegExp(`${step.uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+`),
          );
        }
      }
    }
  });

  test('no workflow pastes contributed text into a command, or runs on pull_request_target', () => {
    for (const { name, flow } of all) {
      expect(Object.keys(flow.on), name).not.toContain('pull_request_target');
      expect(Object.keys(flow.on), name).not.toContain('issue_comment');
      for (const job of Object.values(flow.jobs)) {
        for (const step of job.steps) {
          // Expressions are pasted into the script before it runs: only values the workflow controls may appear there.
          const expressions = [...(step.run ?? '').matchAll(/\$\{\{([^}]*)\}\}/g)].map((match) => match[1]!.trim());
          expect(expressions, `${name}: ${step.run}`).toEqual([]);
        }
        for (const value of Object.values(job.steps.flatMap((step) => Object.values(step.env ?? {})))) {
          expect(value, name).not.toMatch(/github\.event\.(issue|pull_request|comment)\.(body|title)|head_ref/);
        }
      }
    }
  });

  test('checks every pull request read-only, without secrets, showing validation errors on the lines', () => {
    const check = workflow('check.yml');
    expect(Object.keys(check.on)).toContain('pull_request');
    const text = readFileSync(path.join(github, 'workflows/check.yml'), 'utf8');
    expect(text).not.toContain('secrets.');
    for (const job of Object.values(check.jobs)) {
      expect(job.permissions).toEqual({ contents: 'read' });
      const runs = job.steps.map((step) => step.run ?? '').join('\n');
      expect(runs).toContain('npm run validate -- --format github');
      expect(runs).toContain('npm test');
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with).toMatchObject({ 'persist-credentials': false });
    }
  });

  test('turns an issue into a pull request in two jobs: the one that reads it cannot write', () => {
    const flow = workflow('case-study-from-issue.yml');
    expect(Object.keys(flow.on)).toEqual(['issues']);
    const jobs = Object.entries(flow.jobs);
    const readers = jobs.filter(([, job]) => job.steps.some((step) => /issue-to-file\.ts/.test(step.run ?? '')));
    expect(readers.length).toBe(1);
    for (const [, job] of readers) {
      expect(job.permissions).toEqual({ contents: 'read' });
      // Nothing it saves may be restored by the jobs that build and deploy main.
      for (const step of job.steps) expect(step.with?.cache, step.uses).toBeUndefined();
      expect(job.steps.some((step) => step.uses?.startsWith('actions/cache'))).toBe(false);
    }
    const writers = jobs.filter(([, job]) => writes(job));
    expect(writers.length).toBe(1);
    for (const [id, job] of writers) {
      expect(job.needs).toBe(readers[0]![0]);
      // No project code, no dependencies, no checkout: the contributed file is only data here.
      for (const step of job.steps) {
        expect(step.uses ?? '', id).not.toMatch(/^actions\/checkout@|^actions\/setup-node@/);
        expect(step.run ?? '', id).not.toMatch(/\b(npm|npx|node|bash\s+\S+\.sh|source|eval)\b/);
      }
    }
    const text = readFileSync(path.join(github, 'workflows/case-study-from-issue.yml'), 'utf8');
    expect(text).not.toContain('secrets.');
  });

  test('deploys main to GitHub Pages under the repository’s sub-path', () => {
    const flow = workflow('deploy.yml');
    expect(flow.on).toMatchObject({ push: { branches: ['main'] } });
    const build = Object.values(flow.jobs).find((job) => job.steps.some((step) => step.run === 'npm run build'))!;
    const step = build.steps.find((item) => item.run === 'npm run build')!;
    expect(step.env).toMatchObject({
      BASE_PATH: expect.stringContaining('base_path'),
      SITE_URL: expect.stringContaining('origin'),
    });
    expect(writes(build)).toBe(false);
    const deploy = Object.values(flow.jobs).find((job) =>
      job.steps.some((item) => item.uses?.startsWith('actions/deploy-pages@')),
    )!;
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  test('opens or updates the monthly review issue on a schedule, with the job token and issues: write only', () => {
    const flow = workflow('review-due.yml');
    const job = flow.jobs.review!;
    const script = job.steps.map((step) => step.run ?? '').join('\n');

    expect(flow.on).toHaveProperty('schedule');
    expect((flow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ 1 \* \*$/);
    expect(job.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(script).toContain('scripts/review-due.ts');
    expect(script).toContain('gh issue edit');
    expect(script).toContain('gh issue create');
    expect(job.steps.find((step) => step.run?.includes('gh issue'))?.env?.GH_TOKEN).toBe('${{ github.token }}');
  });
});
