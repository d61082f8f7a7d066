/**
 * cmi5 course structures: export a Framsteg course as {@code cmi5.xml} ({@link
 * org.framsteg.xapi.cmi5.Cmi5Export}), and read and write the file ({@link
 * org.framsteg.xapi.cmi5.Cmi5Xml}) as a {@link org.framsteg.xapi.cmi5.Cmi5CourseStructure}.
 *
 * <pre>{@code
 * Cmi5Export.Result r = Cmi5Export.to(URI.create("https://lms.example.org/framsteg/")).export(course);
 * Cmi5CourseStructure again = Cmi5Xml.read(r.xml());
 * }</pre>
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md">cmi5 specification</a>,
 *     <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/v1/CourseStructure.xsd">CourseStructure.xsd</a>
 */
package org.framsteg.xapi.cmi5;
