/**
 * SCORM run-time data and Framsteg progress: {@link org.framsteg.scorm.mapping.RuntimeMapping}
 * turns a SCO session's {@code cmi.*} data into progress events and a learner's progress into the
 * data a SCO is launched with; {@link org.framsteg.scorm.mapping.SuspendData} is the played-segments
 * format of Framsteg's player SCO.
 *
 * <pre>{@code
 * SessionEvents out = RuntimeMapping.of(course).events(new ScoSession("s-1", activityId, end), cmi);
 * LaunchData<Scorm2004Cmi> next = RuntimeMapping.of(course).launch2004(state.applyAll(out.events()), activityId);
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §4.2; SCORM 1.2 RTE
 *     §3.4</a>
 */
package org.framsteg.scorm.mapping;
