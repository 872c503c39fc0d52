/** What other features use of the advice rule besides its role files: the requirement alone (no places). */
export { ADVICE_THRESHOLD_FTE, adviceRequirement } from './advice-rule.js';
