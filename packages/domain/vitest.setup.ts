import { describe, it } from 'vitest';
import { RuleTester } from './src/testing/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;
