/**
 * SCORM packages imported as Framsteg courses: {@link
 * org.framsteg.scorm.importing.CourseImporter} maps the manifest's organization onto modules and
 * activities and reports, item by item, what a Framsteg course cannot express.
 *
 * <pre>{@code
 * CourseImport imported = CourseImporter.defaults().toCourse(PackageReader.defaults().read(zip));
 * CourseEngine engine = CourseEngine.of(imported.course());
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM</a>
 */
package org.framsteg.scorm.importing;
