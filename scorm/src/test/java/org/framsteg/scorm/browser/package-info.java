/**
 * Real-browser tests of SCO launch pages: headless Chromium (Debian's {@code chromium} and {@code
 * chromedriver}) against a real SCORM run-time (scorm-again, from {@code scorm/src/test/js}).
 *
 * <p>To test the SCOs of any package folder:
 *
 * <pre>{@code
 * @RegisterExtension static final ChromiumLms LMS = new ChromiumLms(); // skips if no browser
 *
 * URI base = LMS.serve(packageDir);              // same origin as the LMS host page
 * URI sco = base.resolve("sco-1.html");
 * LmsSession s = LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, sco));
 * s.simulatePlay(0, 30);                         // the player's test hook
 * LmsState lms = s.leave();                      // pagehide: the SCO terminates
 * lms.value("cmi.core.lesson_status");           // what scorm-again recorded
 * lms.calls();
 * LmsSession again = LMS.launch(s.launch().withInitialCmi(s.carryOver()));   // resume
 * }</pre>
 *
 * <p>{@link org.framsteg.scorm.browser.LmsSession#scoScript} runs code in the SCO's frame, {@link
 * org.framsteg.scorm.browser.ChromiumLms#open} loads a page without an LMS and {@link
 * org.framsteg.scorm.browser.ChromiumLms#screenshot} writes {@code target/browser/NAME.png}. The
 * LMS host page ({@code scorm/src/test/js/lms-host/}) puts scorm-again's API at {@code window.API}
 * or {@code window.API_1484_11}, loads initial CMI values, can make one element's SetValue fail,
 * and logs every call.
 */
package org.framsteg.scorm.browser;
