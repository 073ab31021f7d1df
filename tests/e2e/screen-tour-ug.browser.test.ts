// The screen tour in Uyghur: every stop in both versions checked for sizes, axe-core WCAG 2.2 AA,
// contrast, one main action (长辈版) and its spoken prompt (tests/support/tour-checks.ts).
import { describeTourChecks } from '../support/tour-checks.ts';

describeTourChecks('ug');
