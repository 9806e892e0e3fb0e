import { describe, expect, it } from 'vitest';
import { formatReport } from './format.js';
import type { Finding } from './score.js';
import { summarise } from './summary.js';

describe('formatReport --verbose', () => {
  const report = (findings: Finding[]) => ({ ...summarise([]), findings });

  it('ends each wrong field with the rules that decided it and the rule that made the claim', () => {
    const out = formatReport(
      report([
        {
          slug: 'kherson',
          kind: 'wrong-claimant',
          evidence: 'At least 14 people',
          expected: 'the regional governor',
          got: 'the ministry',
          by: 'figures/count-aux-trigger',
          rules: ['frame attribution/claimant-verb-clause', 'words attribution/noun-phrase → attribution/resolve'],
        },
        {
          slug: 'kherson',
          kind: 'spurious-figure',
          evidence: '31',
          got: 'killed 31',
          by: 'figures/count-then-trigger',
        },
        { slug: 'kherson', kind: 'wrong-as-of', evidence: '14', expected: 'a', got: 'b', by: 'figures/x', rules: [] },
        { slug: 'kherson', kind: 'missed-figure', evidence: 'kills 14', expected: 'killed 14 people (exact)' },
      ]),
      true,
    );
    expect(out).toContain(
      'kherson  wrong-claimant  "At least 14 people"  expected the regional governor, got the ministry  rules: frame attribution/claimant-verb-clause; words attribution/noun-phrase → attribution/resolve (made by figures/count-aux-trigger)\n',
    );
    expect(out).toContain('kherson  spurious-figure  "31"  got killed 31  made by figures/count-then-trigger\n');
    expect(out).toContain('kherson  wrong-as-of  "14"  expected a, got b  made by figures/x\n');
    expect(out).toContain('kherson  missed-figure  "kills 14"  expected killed 14 people (exact)\n');
  });
});
