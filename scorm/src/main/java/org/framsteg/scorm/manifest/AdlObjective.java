package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Objects;

/**
 * {@code adlseq:objective}: the 4th-edition extension that maps an objective's score,
 * completion status and progress measure to global objectives. Its {@code objectiveID} names an
 * {@code imsss} objective of the same activity.
 *
 * <pre>{@code
 * AdlObjective o = sequencing.adlObjectives().get(0);
 * boolean writesCompletion = o.mapInfo().stream().anyMatch(AdlObjective.MapInfo::writeCompletionStatus);
 * }</pre>
 *
 * @param objectiveId {@code @objectiveID}
 * @param mapInfo {@code adlseq:mapInfo}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (ADL sequencing
 *     extensions: objectives)</a>
 */
public record AdlObjective(String objectiveId, List<MapInfo> mapInfo) {
  public AdlObjective {
    Objects.requireNonNull(objectiveId, "objectiveId");
    mapInfo = List.copyOf(mapInfo);
  }

  /**
   * {@code adlseq:mapInfo}; reads default true, writes default false.
   *
   * @param targetObjectiveId {@code @targetObjectiveID}
   */
  public record MapInfo(String targetObjectiveId, boolean readRawScore, boolean readMinScore,
      boolean readMaxScore, boolean readCompletionStatus, boolean readProgressMeasure,
      boolean writeRawScore, boolean writeMinScore, boolean writeMaxScore,
      boolean writeCompletionStatus, boolean writeProgressMeasure) {
    public MapInfo {
      Objects.requireNonNull(targetObjectiveId, "targetObjectiveId");
    }
  }
}
