package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code imsss:primaryObjective} or {@code imsss:objective}: a learning objective of an activity
 * and its maps to global objectives.
 *
 * <pre>{@code
 * Objective primary = sequencing.primaryObjective().orElseThrow();
 * boolean global = !primary.mapInfo().isEmpty();
 * }</pre>
 *
 * @param objectiveId {@code @objectiveID}; may be absent on the primary objective only
 * @param satisfiedByMeasure default false
 * @param minNormalizedMeasure {@code minNormalizedMeasure}, -1 to 1, default 1
 * @param mapInfo {@code imsss:mapInfo}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Objectives)</a>
 */
public record Objective(Optional<String> objectiveId, boolean satisfiedByMeasure,
    double minNormalizedMeasure, List<MapInfo> mapInfo) {
  public Objective {
    Objects.requireNonNull(objectiveId, "objectiveId");
    mapInfo = List.copyOf(mapInfo);
  }

  /**
   * {@code imsss:mapInfo}: how the objective reads and writes a global objective.
   *
   * @param targetObjectiveId {@code @targetObjectiveID}
   * @param readSatisfiedStatus default true
   * @param readNormalizedMeasure default true
   * @param writeSatisfiedStatus default false
   * @param writeNormalizedMeasure default false
   */
  public record MapInfo(String targetObjectiveId, boolean readSatisfiedStatus,
      boolean readNormalizedMeasure, boolean writeSatisfiedStatus,
      boolean writeNormalizedMeasure) {
    public MapInfo {
      Objects.requireNonNull(targetObjectiveId, "targetObjectiveId");
    }
  }
}
