/**
 * The read model of a SCORM manifest ({@code imsmanifest.xml}): what the file says, typed,
 * immutable and independent of how Framsteg maps it into a course.
 *
 * <pre>{@code
 * Manifest m = PackageReader.defaults().read(Path.of("course.zip")).manifest();
 * m.defaultOrganization().ifPresent(org -> org.items().forEach(i -> System.out.println(i.title())));
 * }</pre>
 *
 * <p>Structure follows IMS Content Packaging 1.1.4 (SCORM 2004) and 1.1.2 (SCORM 1.2); the ADL
 * extensions ({@code adlcp}, {@code adlnav}, {@code adlseq}) and IMS Simple Sequencing
 * ({@code imsss}) follow the SCORM 2004 4th edition Content Aggregation Model (CAM) book.
 * Attribute defaults from the schemas are applied; elements that are absent stay absent
 * ({@link java.util.Optional#empty()}) so a sequencing collection entry can be told from a
 * local override.
 *
 * @see <a href="http://www.imsglobal.org/content/packaging/cpv1p1p4/imscp_infov1p1p4.html">IMS
 *     Content Packaging Information Model 1.1.4</a>
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 (packaging),
 *     §4 (metadata), §5 (sequencing)</a>
 */
package org.framsteg.scorm.manifest;
