package org.framsteg.scorm.manifest;

import java.util.Objects;

/**
 * {@code adlcp:data/adlcp:map}: a shared data bucket ({@code adl.data}) an activity may read or
 * write (SCORM 2004 4th edition).
 *
 * <pre>{@code
 * for (SharedDataMap m : item.sharedData()) {
 *   if (m.writeSharedData()) { ... m.targetId() ... } }
 * }</pre>
 *
 * @param targetId {@code @targetID}, the bucket's global identifier
 * @param readSharedData default true
 * @param writeSharedData default false
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;adlcp:map&gt;</a>
 */
public record SharedDataMap(String targetId, boolean readSharedData, boolean writeSharedData) {
  public SharedDataMap {
    Objects.requireNonNull(targetId, "targetId");
  }
}
