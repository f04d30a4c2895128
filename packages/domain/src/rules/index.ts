import type { AnyRule } from '../engine/define-rule.js';
import atypicalManager from './atypical-manager.js';
import ceoAtTop from './ceo-at-top.js';
import cisoUnderCio from './ciso-under-cio.js';
import combineCioCto from './combine-cio-cto.js';
import ctoUnderCio from './cto-under-cio.js';
import ctoWithoutCio from './cto-without-cio.js';
import dottedLine from './dotted-line.js';
import duplicateExecutive from './duplicate-executive.js';
import duplicateId from './duplicate-id.js';
import interimExecutive from './interim-executive.js';
import itUnderCio from './it-under-cio.js';
import layerCount from './layer-count.js';
import narrowSpan from './narrow-span.js';
import reportingCycle from './reporting-cycle.js';
import seniorityInversion from './seniority-inversion.js';
import singleTop from './single-top.js';
import spanOfControl from './span-of-control.js';
import splitCioCto from './split-cio-cto.js';
import techLeadershipFit from './tech-leadership-fit.js';
import unknownManager from './unknown-manager.js';
import vacantExecutive from './vacant-executive.js';
import vpEngineeringUnderCto from './vp-engineering-under-cto.js';

/** Every rule, sorted by id; a test checks the order, the ids and the file names. */
export const rules: readonly AnyRule[] = [
  atypicalManager,
  ceoAtTop,
  cisoUnderCio,
  combineCioCto,
  ctoUnderCio,
  ctoWithoutCio,
  dottedLine,
  duplicateExecutive,
  duplicateId,
  interimExecutive,
  itUnderCio,
  layerCount,
  narrowSpan,
  reportingCycle,
  seniorityInversion,
  singleTop,
  spanOfControl,
  splitCioCto,
  techLeadershipFit,
  unknownManager,
  vacantExecutive,
  vpEngineeringUnderCto,
];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(rules.map((rule) => [rule.id, rule]));
