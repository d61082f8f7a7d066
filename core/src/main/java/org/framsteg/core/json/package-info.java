/**
 * The course file format {@code framsteg-course/1}: a course definition as one JSON object (RFC
 * 8259, UTF-8 when written), read and written by {@link org.framsteg.core.json.CourseJson}.
 *
 * <pre>{@code
 * Course course = CourseJson.read(Path.of("ledarskap.course.json"));
 * Files.writeString(Path.of("ledarskap.course.json"), CourseJson.write(course));
 * }</pre>
 *
 * <h2>General rules</h2>
 * <ul>
 *   <li>The document is one object whose {@code "format"} is {@code "framsteg-course/1"}. A file
 *       with another format value is refused with that single problem, so that later versions of
 *       the format are recognised rather than misread.
 *   <li>Keys are case-sensitive. A key that is not listed here is an error, as is a key given twice
 *       in one object. Keys may come in any order; writing puts them in the order listed here.
 *   <li>An optional key may be left out or be {@code null}; both mean absent. A required key that
 *       is missing or {@code null} is an error.
 *   <li>Texts for people are <em>language maps</em>: an object of BCP 47 language tag to non-blank
 *       text, {@code {"sv": "Inledning", "en": "Introduction"}}. The first entry is the text's own
 *       language and the last fallback. Tags are read in canonical form ({@code "sv-se"} becomes
 *       {@code "sv-SE"}); giving one language twice is an error.
 *   <li>Durations are ISO-8601 durations as {@link java.time.Duration#parse} reads them and
 *       {@link java.time.Duration#toString} writes them: {@code "PT12M30.5S"}, {@code "PT1H"},
 *       {@code "PT24H"}. Instants are ISO-8601 instants in UTC: {@code "2026-12-31T23:59:59Z"}.
 *   <li>URIs are RFC 3986 references; media sources may be relative to the course file, links must
 *       be absolute.
 *   <li>Ids are the author's stable identifiers (an IRI is best): not blank, without white space or
 *       control characters, at most 2048 characters, unique across all modules and activities of
 *       the course.
 *   <li>Whole numbers ({@code pages}, {@code episode}, {@code attemptsAllowed}, {@code count},
 *       {@code daysAfterEnrolment}) may be written {@code 3} or {@code 3.0}; others are any finite
 *       JSON number.
 * </ul>
 *
 * <h2>Course</h2>
 * <table>
 *   <caption>Keys of the course object</caption>
 *   <tr><th>Key</th><th></th><th>Value</th></tr>
 *   <tr><td>{@code format}</td><td>required</td><td>{@code "framsteg-course/1"}</td></tr>
 *   <tr><td>{@code id}</td><td>required</td><td>the course's id</td></tr>
 *   <tr><td>{@code version}</td><td>default {@code "1"}</td><td>the version of this definition, a non-blank
 *       string; progress carries over between versions for activities whose ids remain</td></tr>
 *   <tr><td>{@code title}</td><td>required</td><td>language map</td></tr>
 *   <tr><td>{@code description}</td><td>optional</td><td>language map</td></tr>
 *   <tr><td>{@code languages}</td><td>default {@code []}</td><td>array of BCP 47 tags the course is
 *       given in, the main language first</td></tr>
 *   <tr><td>{@code publisher}</td><td>optional</td><td>string</td></tr>
 *   <tr><td>{@code audience}</td><td>optional</td><td>language map: who the course is for</td></tr>
 *   <tr><td>{@code licence}</td><td>optional</td><td>string: an SPDX identifier or a URL</td></tr>
 *   <tr><td>{@code modules}</td><td>required</td><td>array of modules, in order</td></tr>
 *   <tr><td>{@code completion}</td><td>optional</td><td>rule; without one the course is completed when
 *       all its required modules are</td></tr>
 * </table>
 *
 * <h2>Module</h2>
 * <table>
 *   <caption>Keys of a module object</caption>
 *   <tr><th>Key</th><th></th><th>Value</th></tr>
 *   <tr><td>{@code id}</td><td>required</td><td>the module's id</td></tr>
 *   <tr><td>{@code title}</td><td>required</td><td>language map</td></tr>
 *   <tr><td>{@code description}</td><td>optional</td><td>language map</td></tr>
 *   <tr><td>{@code required}</td><td>default {@code true}</td><td>whether the course's default rule
 *       needs this module</td></tr>
 *   <tr><td>{@code activities}</td><td>required</td><td>array of activities, in order</td></tr>
 *   <tr><td>{@code completion}</td><td>optional</td><td>rule (it may name activities and modules anywhere in the course);
 *       without one the module is completed when all its required activities are</td></tr>
 * </table>
 *
 * <h2>Activity</h2>
 * <table>
 *   <caption>Keys of an activity object</caption>
 *   <tr><th>Key</th><th></th><th>Value</th></tr>
 *   <tr><td>{@code id}</td><td>required</td><td>the activity's id (becomes the xAPI activity id and the
 *       SCORM item identifier)</td></tr>
 *   <tr><td>{@code title}</td><td>required</td><td>language map</td></tr>
 *   <tr><td>{@code description}</td><td>optional</td><td>language map</td></tr>
 *   <tr><td>{@code required}</td><td>default {@code true}</td><td>whether the module's default rule needs
 *       this activity</td></tr>
 *   <tr><td>{@code estimatedTime}</td><td>optional</td><td>positive duration: the author's estimate</td></tr>
 *   <tr><td>{@code media}</td><td>required</td><td>media object</td></tr>
 *   <tr><td>{@code completion}</td><td>optional</td><td>rule about this activity only (played, scored,
 *       passed, marked done, time spent), never its own completion; without one the activity is
 *       completed by a completed or marked-done event</td></tr>
 * </table>
 *
 * <h2>Media</h2>
 * <p>A media object has a {@code "kind"} and the keys of that kind:
 * <table>
 *   <caption>Media kinds and their keys</caption>
 *   <tr><th>{@code kind}</th><th>Required</th><th>Optional</th></tr>
 *   <tr><td>{@code "video"}, {@code "audio"}</td><td>{@code source} (URI), {@code duration} (positive,
 *       whole milliseconds)</td><td>{@code language} (tag), {@code captions}, {@code transcripts}
 *       (objects of language tag to URI)</td></tr>
 *   <tr><td>{@code "podcast"}</td><td>{@code source}, {@code duration}</td><td>{@code language},
 *       {@code series} (string), {@code episode} (whole number, 1 or more), {@code captions},
 *       {@code transcripts}</td></tr>
 *   <tr><td>{@code "document"}</td><td>{@code source}</td><td>{@code pages} (1 or more),
 *       {@code language}</td></tr>
 *   <tr><td>{@code "link"}</td><td>{@code url} (absolute URL)</td><td></td></tr>
 *   <tr><td>{@code "assessment"}</td><td>{@code maxScore} (positive), {@code passingScore} (0 to
 *       maxScore)</td><td>{@code attemptsAllowed} (1 or more; absent for unlimited)</td></tr>
 * </table>
 *
 * <h2>Completion rules</h2>
 * <p>A rule is an object with exactly one key, which names the kind of rule:
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>Rule</th><th>Met when</th></tr>
 *   <tr><td>{@code {"allOf": [rule, ...]}}</td><td>every rule is met (one or more rules)</td></tr>
 *   <tr><td>{@code {"anyOf": [rule, ...]}}</td><td>one of the rules is met (one or more rules)</td></tr>
 *   <tr><td>{@code {"atLeast": {"count": 6, "rules": [rule, ...]}}}</td><td>at least {@code count} of the
 *       rules are met; 1 &le; count &le; number of rules</td></tr>
 *   <tr><td>{@code {"weighted": {"threshold": 0.8, "parts": [{"weight": 2, "rule": rule}, ...]}}}</td>
 *       <td>the weights of the met parts add up to at least {@code threshold} (in (0, 1]) of all
 *       weights; weights are positive</td></tr>
 *   <tr><td>{@code {"completed": "<activity id>"}}</td><td>the activity is completed</td></tr>
 *   <tr><td>{@code {"moduleCompleted": "<module id>"}}</td><td>the module is completed</td></tr>
 *   <tr><td>{@code {"played": {"activity": "<id>", "fraction": 0.9}}}</td><td>at least that fraction
 *       (in [0, 1]) of a video, audio or podcast activity has been played, each second counted
 *       once</td></tr>
 *   <tr><td>{@code {"scoreAtLeast": {"activity": "<id>", "minimum": 0.8}}}</td><td>the best scaled
 *       score of an assessment activity is at least {@code minimum} (in [0, 1])</td></tr>
 *   <tr><td>{@code {"passed": "<id>"}}</td><td>an assessment activity has been passed</td></tr>
 *   <tr><td>{@code {"timeSpent": "PT2H"}}</td><td>the learner has spent at least that positive duration
 *       in the course</td></tr>
 *   <tr><td>{@code {"markedDone": "<id>"}}</td><td>someone has marked the activity done by hand</td></tr>
 *   <tr><td>{@code {"before": {"deadline": "2026-12-31T23:59:59Z", "rule": rule}}}</td><td>the rule is met
 *       by what happened no later than the instant</td></tr>
 *   <tr><td>{@code {"before": {"daysAfterEnrolment": 30, "rule": rule}}}</td><td>the rule is met within
 *       that many days (0 or more) of enrolment; a {@code before} has exactly one of
 *       {@code deadline} and {@code daysAfterEnrolment}</td></tr>
 * </table>
 * <p>Rules must name existing activities and modules, {@code played} only timed media,
 * {@code scoreAtLeast} and {@code passed} only assessments; no rule may depend on itself.
 *
 * <h2>Problems and limits</h2>
 * <p>Reading reports every problem it finds in one
 * {@link org.framsteg.core.course.CourseValidationException}, in document order, each with its
 * path: keys joined by dots, array positions in brackets, keys that are not plain names quoted in
 * brackets ({@code modules[2].activities[0].media.duration: must be positive}). A missing key is
 * listed where its object starts. Syntax errors give the line and column. Input is read under
 * limits, each reported as a problem naming it: nesting depth
 * {@value org.framsteg.core.json.CourseJson#MAX_NESTING_DEPTH}, string length
 * {@value org.framsteg.core.json.CourseJson#MAX_STRING_LENGTH} characters, key length
 * {@value org.framsteg.core.json.CourseJson#MAX_NAME_LENGTH}, number length
 * {@value org.framsteg.core.json.CourseJson#MAX_NUMBER_LENGTH}, document length
 * {@value org.framsteg.core.json.CourseJson#MAX_DOCUMENT_LENGTH} bytes, token count
 * {@value org.framsteg.core.json.CourseJson#MAX_TOKEN_COUNT}; at most
 * {@value org.framsteg.core.json.CourseJson#MAX_VIOLATIONS} problems are listed.
 *
 * <h2>Canonical form</h2>
 * <p>Writing gives one text per course: keys in the order of the tables above, absent optional
 * keys left out, {@code version}, {@code languages}, {@code modules}, {@code activities} and
 * {@code required} always written, language maps in their own order, {@code captions} and
 * {@code transcripts} sorted by tag, whole numbers without a fraction, two-space indentation,
 * {@code \n} line ends and a final line end. Characters are written as themselves except those JSON
 * requires escaped, U+2028, U+2029 and UTF-16 surrogates (so characters outside the Basic
 * Multilingual Plane appear as {@code \}{@code ud83d\}{@code ude00}); text that is not valid Unicode
 * on its own still survives.
 */
package org.framsteg.core.json;
