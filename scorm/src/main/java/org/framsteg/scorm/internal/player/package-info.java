/**
 * The launch page ("player") of a timed-media SCO and its configuration contract.
 *
 * <p>Each SCO the exporter writes for a video, audio or podcast activity is one HTML page rendered
 * by {@link org.framsteg.scorm.internal.player.LaunchPage#render} from a {@link
 * org.framsteg.scorm.internal.player.LaunchConfig}, plus the shared player files {@code
 * framsteg-sco.js} and {@code framsteg-player.css} ({@link
 * org.framsteg.scorm.internal.player.LaunchPage#PLAYER_FILES}). The page carries its configuration
 * as a JSON data block:
 *
 * <pre>{@code
 * <script type="application/json" id="framsteg-config">
 * {
 *   "configVersion": 1,                      // this contract's version
 *   "activityId": "urn:framsteg:activity:intro",
 *   "title": "Introduction",                 // heading and the media's accessible name
 *   "language": "sv",                        // BCP 47, the page's lang
 *   "mediaKind": "video",                    // "video" | "audio"
 *   "src": "media/intro.mp4",                // http(s) URL or path relative to the page
 *   "mediaType": "video/mp4",                // optional, the <source type>
 *   "durationSeconds": 95,                   // used until the browser knows the file's length
 *   "captions": [                            // one WebVTT track per language, may be empty
 *     {"src": "captions/intro.sv.vtt", "srclang": "sv", "label": "Svenska", "default": true}
 *   ],
 *   "transcript": {"href": "transcripts/intro.html", "label": "Transkription"},   // optional
 *   "completionThreshold": 0.9,              // played fraction (0, 1] that completes the SCO
 *   "scormVersion": "2004",                  // "1.2" (API) | "2004" (API_1484_11)
 *   "commitIntervalSeconds": 30              // commit period while playing
 * }
 * </script>
 * }</pre>
 *
 * <p>The markup (media element, tracks, transcript link) is rendered from the same configuration,
 * so the page plays and stays accessible without script; the script adds the LMS tracking. The
 * run-time behaviour (API discovery, resume, played-segment tracking, completion, session time,
 * error reporting, and the {@code window.framsteg} test hook) is documented at the top of {@code
 * framsteg-sco.js}.
 */
package org.framsteg.scorm.internal.player;
