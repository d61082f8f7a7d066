package org.framsteg.scorm.manifest;

/**
 * How the conditions of a rule combine ({@code @conditionCombination}). Sequencing rules default
 * to {@link #ALL}, rollup rules to {@link #ANY}.
 *
 * <pre>{@code
 * boolean every = rule.combination() == ConditionCombination.ALL;
 * ConditionCombination c = ConditionCombination.valueOf("ANY");
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Sequencing Rule
 *     Description)</a>
 */
public enum ConditionCombination {
  ALL,
  ANY
}
