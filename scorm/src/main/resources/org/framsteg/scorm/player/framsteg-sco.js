/*
 * framsteg-sco.js: the SCORM run-time side of a Framsteg timed-media launch page.
 *
 * Plain ES2017, no dependencies, no network access of its own. One file for SCORM 1.2 and
 * SCORM 2004 4th edition SCOs; the launch page says which through its configuration.
 *
 * THE PAGE IT RUNS IN (rendered by org.framsteg.scorm.internal.player.LaunchPage)
 *   <script type="application/json" id="framsteg-config">  configuration (see below)
 *   <video|audio id="framsteg-media">                       the media, native controls
 *   #framsteg-status  (role=status)  connection, resume and completion messages
 *   #framsteg-errors  (role=alert)   every failed API call and media error, also console.error
 *   #framsteg-progress (<progress>), #framsteg-watched      the played fraction
 *
 * CONFIGURATION (JSON): configVersion 1, activityId, title, language, mediaKind "video"|"audio",
 *   src, mediaType?, durationSeconds, captions[{src, srclang, label, default}], transcript?
 *   {href, label}, completionThreshold (played fraction in (0, 1]), scormVersion "1.2"|"2004",
 *   commitIntervalSeconds.
 *
 * WHAT IT DOES
 *   1. Finds the LMS API object (API for 1.2, API_1484_11 for 2004) with ADL's discovery
 *      algorithm: this window and its parents (at most 7 parents for 1.2, 500 for 2004), then
 *      window.opener and its parents. Frames of another origin are skipped, not fatal.
 *   2. Initializes the session: LMSInitialize("") / Initialize("").
 *   3. Resumes: reads the position (1.2 cmi.core.lesson_location, 2004 cmi.location, seconds
 *      as a decimal number) and the played segments (cmi.suspend_data, format below), seeks
 *      the media there once its metadata is known (from the start again when the saved
 *      position is within half a second of the end). A status already "completed"/"passed"
 *      stays completed. In 2004 a cmi.completion_threshold given by the LMS (the manifest's
 *      adlcp:completionThreshold) replaces the configured threshold, since the LMS applies it.
 *      The learner's caption preference (1.2 cmi.student_preference.text, 2004
 *      cmi.learner_preference.audio_captioning, with the preferred language) turns captions
 *      on or off.
 *   4. Tracks what was really played: the union of the media element's `played` ranges
 *      (not just the current time), merged with the restored segments. The played fraction is
 *      that union's length over the media's duration (the file's, once known; before that
 *      the configured durationSeconds).
 *   5. Reports: position (location), played segments (suspend_data), in 2004 the played
 *      fraction as cmi.progress_measure, the status (1.2 cmi.core.lesson_status, 2004
 *      cmi.completion_status): "incomplete" until the fraction reaches the threshold, then
 *      "completed", and exit: "suspend" while incomplete, then "" (1.2) / "normal" (2004).
 *      Values are set when they change (the position at most once per second of media
 *      time while playing) and committed every commitIntervalSeconds while something
 *      changed, on pause, on end, on completion and when the page is hidden. Each commit and
 *      the termination set the session time: 1.2 cmi.core.session_time as HHHH:MM:SS.SS,
 *      2004 cmi.session_time as an ISO 8601 duration (PT1H2M3.4S).
 *   6. Terminates exactly once, on pagehide or beforeunload: LMSFinish("") / Terminate("").
 *   Every API call is followed by LMSGetLastError/GetLastError; a failure is shown in
 *   #framsteg-errors with the error string and diagnostic, and logged with console.error.
 *   The only errors taken as an answer are "not initialized" (2004: 403) and "not
 *   implemented" (1.2: 401) on reads of values that may be absent. Without an LMS API the
 *   media still plays, the page says that progress is not saved, and tracking runs locally.
 *
 * SUSPEND DATA FORMAT
 *   "F1:" then the played segments, sorted and disjoint, comma-separated, each
 *   "start-end" in tenths of a second written in base 36: "F1:0-u,1e-2s" is 0-3 s and
 *   5-10 s. If it would exceed the version's limit (1.2: 4096, 2004: 64000 characters) the
 *   shortest segments are dropped, which under-counts and never completes early. Data in an
 *   unknown format is ignored (reported in the status region), never an error.
 *
 * TEST HOOK (window.framsteg; stable, used by the browser tests and for manual checks)
 *   state()                   a plain-object snapshot: version, apiFound, initialized,
 *                             terminated, position, mediaTime, duration, playedSeconds,
 *                             watchedFraction, threshold, segments [[start, end]...],
 *                             suspendData, completed, commits, lastCommit (its reason:
 *                             "interval", "pause", "ended", "completion", "hidden", "hook"),
 *                             resumePending, errors [{call, code, message}] (repeats
 *                             included), status (text)
 *   simulatePlay(from, to)    as if the learner had played from `from` to `to` seconds and
 *                             paused: the same ingest, report and commit path as the media's
 *                             timeupdate and pause events, without waiting in real time; also
 *                             moves the media element to `to`. Returns state().
 *   commit()                  commits now (same as the periodic commit); returns true on success
 *   terminate()               ends the session now (same as pagehide); returns true on success
 *   format.scorm12Timespan(s) / format.iso8601Duration(s)   the session time formats
 *   suspendData.encode(segments, limit?) / suspendData.decode(text)   the suspend data codec
 */
(function () {
  'use strict';

  const EPSILON = 0.001;
  const NAMES = {
    '1.2': {
      api: 'API', maxParents: 7,
      initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue',
      setValue: 'LMSSetValue', commit: 'LMSCommit', getLastError: 'LMSGetLastError',
      getErrorString: 'LMSGetErrorString', getDiagnostic: 'LMSGetDiagnostic',
      location: 'cmi.core.lesson_location', status: 'cmi.core.lesson_status',
      exit: 'cmi.core.exit', exitDone: '', sessionTime: 'cmi.core.session_time',
      entry: 'cmi.core.entry', progress: null, threshold: null,
      captioning: 'cmi.student_preference.text', captionLanguage: 'cmi.student_preference.language',
      absent: ['401'], suspendLimit: 4096, completedStatuses: ['completed', 'passed'],
    },
    '2004': {
      api: 'API_1484_11', maxParents: 500,
      initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue',
      setValue: 'SetValue', commit: 'Commit', getLastError: 'GetLastError',
      getErrorString: 'GetErrorString', getDiagnostic: 'GetDiagnostic',
      location: 'cmi.location', status: 'cmi.completion_status',
      exit: 'cmi.exit', exitDone: 'normal', sessionTime: 'cmi.session_time',
      entry: 'cmi.entry', progress: 'cmi.progress_measure', threshold: 'cmi.completion_threshold',
      captioning: 'cmi.learner_preference.audio_captioning',
      captionLanguage: 'cmi.learner_preference.language',
      absent: ['403'], suspendLimit: 64000, completedStatuses: ['completed'],
    },
  };

  // ---------------------------------------------------------------- formats (pure)

  function centiseconds(seconds) {
    const s = Number(seconds);
    return Number.isFinite(s) && s > 0 ? Math.round(s * 100) : 0;
  }

  function pad(n, width) {
    let text = String(n);
    while (text.length < width) text = '0' + text;
    return text;
  }

  /** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS, hours 2 to 4 digits, capped at 9999:59:59.99. */
  function scorm12Timespan(seconds) {
    const cs = Math.min(centiseconds(seconds), 9999 * 360000 + 359999);
    const h = Math.floor(cs / 360000);
    const m = Math.floor((cs % 360000) / 6000);
    const s = Math.floor((cs % 6000) / 100);
    return pad(h, 2) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.' + pad(cs % 100, 2);
  }

  /** SCORM 2004 timeinterval (second,10,2): ISO 8601 duration in hours, minutes, seconds. */
  function iso8601Duration(seconds) {
    const cs = centiseconds(seconds);
    const h = Math.floor(cs / 360000);
    const m = Math.floor((cs % 360000) / 6000);
    const s = Math.floor((cs % 6000) / 100);
    const c = cs % 100;
    let out = 'PT';
    if (h > 0) out += h + 'H';
    if (m > 0) out += m + 'M';
    if (s > 0 || c > 0 || (h === 0 && m === 0)) {
      out += s + (c > 0 ? '.' + pad(c, 2).replace(/0$/, '') : '') + 'S';
    }
    return out;
  }

  function clock(seconds) {
    const total = Math.floor(Math.max(0, seconds));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    return (h > 0 ? h + ':' + pad(m, 2) : String(m)) + ':' + pad(total % 60, 2);
  }

  // ---------------------------------------------------------------- played segments (pure)

  /** Adds [start, end] to sorted, disjoint segments; returns new sorted, disjoint segments. */
  function addSegment(segments, start, end) {
    if (!(end - start > EPSILON)) return segments;
    const out = [];
    let s = start;
    let e = end;
    let placed = false;
    for (const seg of segments) {
      if (seg[1] < s - EPSILON) {
        out.push(seg);
      } else if (seg[0] > e + EPSILON) {
        if (!placed) {
          out.push([s, e]);
          placed = true;
        }
        out.push(seg);
      } else {
        s = Math.min(s, seg[0]);
        e = Math.max(e, seg[1]);
      }
    }
    if (!placed) out.push([s, e]);
    return out;
  }

  function coveredSeconds(segments, duration) {
    let total = 0;
    for (const seg of segments) {
      const start = Math.max(0, seg[0]);
      const end = duration > 0 ? Math.min(duration, seg[1]) : seg[1];
      if (end > start) total += end - start;
    }
    return total;
  }

  function encodeSegments(segments) {
    const parts = [];
    for (const seg of segments) {
      const a = Math.round(seg[0] * 10);
      const b = Math.round(seg[1] * 10);
      if (b > a) parts.push(a.toString(36) + '-' + b.toString(36));
    }
    return 'F1:' + parts.join(',');
  }

  /** The segments in suspend data, or null when the text is not in this format. */
  function decodeSegments(text) {
    const format = /^F1:([0-9a-z]+-[0-9a-z]+(,[0-9a-z]+-[0-9a-z]+)*)?$/;
    if (typeof text !== 'string' || !format.test(text)) return null;
    let segments = [];
    const body = text.slice(3);
    if (body === '') return segments;
    for (const part of body.split(',')) {
      const ends = part.split('-');
      const a = parseInt(ends[0], 36) / 10;
      const b = parseInt(ends[1], 36) / 10;
      if (!(b > a)) return null;
      segments = addSegment(segments, a, b);
    }
    return segments;
  }

  /** Encodes within `limit` characters, dropping the shortest segments first. */
  function encodeWithin(segments, limit) {
    if (limit === undefined) return encodeSegments(segments);
    let kept = segments.slice();
    let text = encodeSegments(kept);
    while (text.length > limit && kept.length > 0) {
      let shortest = 0;
      for (let i = 1; i < kept.length; i++) {
        if (kept[i][1] - kept[i][0] < kept[shortest][1] - kept[shortest][0]) shortest = i;
      }
      kept.splice(shortest, 1);
      text = encodeSegments(kept);
    }
    return text;
  }

  // ---------------------------------------------------------------- state

  const S = {
    config: null,
    names: null,
    api: null,
    media: null,
    initialized: false,
    terminating: false,
    terminated: false,
    segments: [],
    position: 0,
    resumeAt: null,
    threshold: 1,
    completed: false,
    commits: 0,
    lastCommit: null,
    errors: [],
    shownErrors: {},
    status: '',
    startedAt: 0,
    lastSet: {},
    lastReportedPosition: null,
    lastReportedFraction: null,
    dirty: false,
    timer: null,
  };

  function duration() {
    const m = S.media;
    if (m && Number.isFinite(m.duration) && m.duration > 0) return m.duration;
    return S.config && S.config.durationSeconds > 0 ? S.config.durationSeconds : 0;
  }

  function clamp(seconds) {
    const d = duration();
    const s = Math.max(0, Number(seconds) || 0);
    return d > 0 ? Math.min(d, s) : s;
  }

  function watchedFraction() {
    const d = duration();
    return d > 0 ? Math.min(1, coveredSeconds(S.segments, d) / d) : 0;
  }

  function snapshot() {
    const d = duration();
    const errors = S.errors.map(function (e) {
      return {call: e.call, code: e.code, message: e.message};
    });
    return {
      version: S.config ? S.config.scormVersion : null,
      apiFound: S.api !== null,
      initialized: S.initialized,
      terminated: S.terminated,
      position: S.position,
      mediaTime: S.media ? S.media.currentTime : null,
      duration: d,
      playedSeconds: coveredSeconds(S.segments, d),
      watchedFraction: watchedFraction(),
      threshold: S.threshold,
      segments: S.segments.map(function (seg) { return [seg[0], seg[1]]; }),
      suspendData: encodeSegments(S.segments),
      completed: S.completed,
      commits: S.commits,
      lastCommit: S.lastCommit,
      resumePending: S.resumeAt !== null,
      errors: errors,
      status: S.status,
    };
  }

  // ---------------------------------------------------------------- page output

  function announce(message) {
    S.status = message;
    const region = document.getElementById('framsteg-status');
    if (region) region.textContent = message;
  }

  /**
   * Records an error. `key` groups repeats (the same call on the same element with the same
   * code): all are kept in state(), only the first is shown and logged, so a value the LMS keeps
   * refusing does not flood the alert region while the media plays.
   */
  function reportError(call, code, message, key) {
    S.errors.push({call: call, code: code, message: message});
    const group = key || message;
    if (S.shownErrors[group]) return;
    S.shownErrors[group] = true;
    console.error('[framsteg] ' + message);
    const region = document.getElementById('framsteg-errors');
    if (region) {
      const line = document.createElement('p');
      line.textContent = message;
      region.appendChild(line);
    }
  }

  function showProgress() {
    const percent = Math.floor(watchedFraction() * 100 + 1e-9);
    const bar = document.getElementById('framsteg-progress');
    if (bar) bar.value = percent;
    const text = document.getElementById('framsteg-watched');
    if (text) text.textContent = percent + '%';
  }

  // ---------------------------------------------------------------- LMS API

  function findApiFrom(win, name, maxParents) {
    let parents = 0;
    while (win) {
      try {
        if (win[name] !== undefined && win[name] !== null) return win[name];
      } catch (e) {
        // A frame of another origin: its API is not ours to use; keep climbing.
      }
      let parent = null;
      try {
        parent = win.parent;
      } catch (e) {
        parent = null;
      }
      if (!parent || parent === win || ++parents > maxParents) return null;
      win = parent;
    }
    return null;
  }

  function findApi(names) {
    let api = findApiFrom(window, names.api, names.maxParents);
    if (api === null) {
      let opener = null;
      try {
        opener = window.opener;
      } catch (e) {
        opener = null;
      }
      if (opener) api = findApiFrom(opener, names.api, names.maxParents);
    }
    return api;
  }

  function shorten(value) {
    const text = JSON.stringify(String(value));
    return text.length > 64 ? text.slice(0, 60) + '..."' : text;
  }

  /**
   * Calls an API function and checks GetLastError. `absentCodes` lists the error codes that
   * only mean "this value is not there" for this call. Returns {ok, value, code}.
   */
  function call(fn, args, absentCodes) {
    const api = S.api;
    const label = S.names[fn] + '(' + args.map(shorten).join(', ') + ')';
    let result;
    try {
      result = api[S.names[fn]].apply(api, args);
    } catch (e) {
      reportError(S.names[fn], 'exception',
          label + ' threw ' + (e && e.message ? e.message : String(e)));
      return {ok: false, value: '', code: 'exception'};
    }
    let code = '0';
    try {
      code = String(api[S.names.getLastError]());
    } catch (e) {
      code = 'unknown';
    }
    const value = result === undefined || result === null ? '' : String(result);
    const refused = fn !== 'getValue' && value !== 'true';
    if ((code === '0' || code === '') && !refused) return {ok: true, value: value, code: '0'};
    if (absentCodes && absentCodes.indexOf(code) >= 0) return {ok: false, value: '', code: code};
    let text = '';
    let diagnostic = '';
    try {
      text = String(api[S.names.getErrorString](code));
      diagnostic = String(api[S.names.getDiagnostic](code));
    } catch (e) {
      // The description is a courtesy; the code is what counts.
    }
    reportError(S.names[fn], code, 'LMS error ' + code + ' on ' + label +
        (refused ? ' (returned ' + shorten(value) + ')' : '') + (text ? ': ' + text : '') +
        (diagnostic && diagnostic !== text ? ' (' + diagnostic + ')' : ''),
        S.names[fn] + ' ' + (fn === 'getValue' || fn === 'setValue' ? args[0] : '') + ' ' + code);
    return {ok: false, value: value, code: code};
  }

  function read(element) {
    const r = call('getValue', [element], S.names.absent);
    return r.ok ? r.value : '';
  }

  function write(element, value) {
    if (!element || S.lastSet[element] === value) return;
    S.lastSet[element] = value;
    call('setValue', [element, value]);
    S.dirty = true;
  }

  // ---------------------------------------------------------------- tracking

  function ingest(ranges, position) {
    for (const range of ranges) {
      S.segments = addSegment(S.segments, clamp(range[0]), clamp(range[1]));
    }
    if (position !== null) S.position = clamp(position);
  }

  function ingestMedia() {
    const m = S.media;
    if (!m) return;
    const ranges = [];
    for (let i = 0; i < m.played.length; i++) ranges.push([m.played.start(i), m.played.end(i)]);
    // Until the media has metadata, or while a resume seek is pending, its currentTime is not
    // the learner's position and must not overwrite the restored one.
    const knowsPosition = m.readyState >= 1 && S.resumeAt === null;
    ingest(ranges, knowsPosition ? m.currentTime : null);
  }

  function report(force) {
    showProgress();
    if (!S.initialized || S.terminated) return;
    const fraction = watchedFraction();
    let completedNow = false;
    if (!S.completed && fraction + 1e-9 >= S.threshold) {
      S.completed = true;
      completedNow = true;
      announce('Completed: ' + Math.floor(fraction * 100 + 1e-9) + '% played.');
    }
    const moved = S.lastReportedPosition === null ||
        Math.abs(S.position - S.lastReportedPosition) >= 1;
    const progressed = S.lastReportedFraction === null ||
        Math.abs(fraction - S.lastReportedFraction) >= 0.01;
    if (!(force || completedNow || moved || progressed)) return;
    const n = S.names;
    write(n.location, String(Math.round(S.position * 10) / 10));
    write('cmi.suspend_data', encodeWithin(S.segments, n.suspendLimit));
    if (n.progress) write(n.progress, String(Number(fraction.toFixed(4))));
    write(n.status, S.completed ? 'completed' : 'incomplete');
    write(n.exit, S.completed ? n.exitDone : 'suspend');
    S.lastReportedPosition = S.position;
    S.lastReportedFraction = fraction;
    if (completedNow) commit('completion');
  }

  function sessionSeconds() {
    return (performance.now() - S.startedAt) / 1000;
  }

  function writeSessionTime() {
    const seconds = sessionSeconds();
    write(S.names.sessionTime,
        S.config.scormVersion === '1.2' ? scorm12Timespan(seconds) : iso8601Duration(seconds));
  }

  function commit(reason) {
    if (!S.initialized || S.terminated || S.terminating) return false;
    report(true);
    writeSessionTime();
    const r = call('commit', ['']);
    if (r.ok) {
      S.commits++;
      S.lastCommit = reason;
      S.dirty = false;
    }
    return r.ok;
  }

  function settle(reason) {
    ingestMedia();
    report(true);
    commit(reason);
  }

  function terminate(reason) {
    if (!S.initialized || S.terminated || S.terminating) return false;
    S.terminating = true;
    ingestMedia();
    report(true);
    writeSessionTime();
    if (S.timer !== null) clearInterval(S.timer);
    const r = call('terminate', ['']);
    S.terminated = true;
    announce(r.ok ? 'Session ended (' + reason + '); progress saved.' :
        'Session ended (' + reason + '), but the LMS reported an error.');
    return r.ok;
  }

  // ---------------------------------------------------------------- resume

  function applyResume() {
    const m = S.media;
    if (S.resumeAt === null || !m || m.readyState < 1) return;
    let target = S.resumeAt;
    S.resumeAt = null;
    if (target >= duration() - 0.5) {
      target = 0;
      announce(S.status +
          ' The saved position is the end, so the media starts from the beginning.');
    }
    S.position = target;
    try {
      m.currentTime = target;
    } catch (e) {
      reportError('seek', 'media', 'Could not move the media to ' + clock(target) + ': ' + e);
    }
  }

  function applyCaptionPreference() {
    const n = S.names;
    const wanted = read(n.captioning);
    if (wanted !== '1' && wanted !== '-1') return;
    const tracks = S.media ? S.media.textTracks : null;
    if (!tracks || tracks.length === 0) return;
    const language = read(n.captionLanguage).toLowerCase();
    let chosen = -1;
    for (let i = 0; i < tracks.length; i++) {
      const lang = (tracks[i].language || '').toLowerCase();
      const matches = lang === language || lang.split('-')[0] === language;
      if (chosen < 0 && language && matches) chosen = i;
    }
    if (chosen < 0) {
      const tracksInPage = document.querySelectorAll('#framsteg-media track');
      for (let i = 0; i < tracksInPage.length && chosen < 0; i++) {
        if (tracksInPage[i].default) chosen = i;
      }
    }
    if (chosen < 0) chosen = 0;
    for (let i = 0; i < tracks.length; i++) {
      tracks[i].mode = wanted === '1' && i === chosen ? 'showing' : 'disabled';
    }
  }

  // ---------------------------------------------------------------- start

  function readConfig() {
    const block = document.getElementById('framsteg-config');
    if (!block) throw new Error('the page has no #framsteg-config block');
    const c = JSON.parse(block.textContent);
    if (c.configVersion !== 1) throw new Error('configVersion must be 1, was ' + c.configVersion);
    if (c.scormVersion !== '1.2' && c.scormVersion !== '2004') {
      throw new Error('scormVersion must be "1.2" or "2004", was ' +
          JSON.stringify(c.scormVersion));
    }
    if (!(c.completionThreshold > 0 && c.completionThreshold <= 1)) {
      throw new Error('completionThreshold must be in (0, 1], was ' + c.completionThreshold);
    }
    if (!(c.durationSeconds > 0)) throw new Error('durationSeconds must be positive');
    if (!(c.commitIntervalSeconds >= 1)) c.commitIntervalSeconds = 30;
    return c;
  }

  function listenToMedia(m) {
    m.addEventListener('timeupdate', function () {
      ingestMedia();
      report(false);
    });
    m.addEventListener('pause', function () { settle('pause'); });
    m.addEventListener('ended', function () { settle('ended'); });
    m.addEventListener('loadedmetadata', function () {
      applyResume();
      showProgress();
    });
    m.addEventListener('error', function () {
      const e = m.error;
      reportError('media', 'media', 'The media could not be played' +
          (e ? ' (MediaError ' + e.code + (e.message ? ': ' + e.message : '') + ')' : '') + '.');
    });
  }

  function simulatePlay(from, to) {
    const a = Number(from);
    const b = Number(to);
    if (!(Number.isFinite(a) && Number.isFinite(b) && b > a && a >= 0)) {
      throw new RangeError('simulatePlay needs 0 <= from < to, was ' + from + ', ' + to);
    }
    S.resumeAt = null;
    ingest([[a, b]], b);
    if (S.media && S.media.readyState >= 1) S.media.currentTime = clamp(b);
    settle('pause');
    return snapshot();
  }

  function start() {
    try {
      S.config = readConfig();
    } catch (e) {
      reportError('configuration', 'config', 'The player configuration is missing or invalid: ' +
          e.message + '. The media plays, but progress is not recorded.');
      return;
    }
    S.names = NAMES[S.config.scormVersion];
    S.threshold = S.config.completionThreshold;
    S.media = document.getElementById('framsteg-media');
    if (S.media) listenToMedia(S.media);
    showProgress();

    S.api = findApi(S.names);
    if (S.api === null) {
      announce('No LMS connection (no SCORM ' + S.config.scormVersion + ' API found): the media ' +
          'plays, but progress is not saved.');
      return;
    }
    if (!call('initialize', ['']).ok) {
      announce('The LMS refused to start the session: progress is not saved.');
      return;
    }
    S.initialized = true;
    S.startedAt = performance.now();
    const n = S.names;

    const status = read(n.status);
    if (n.completedStatuses.indexOf(status) >= 0) {
      // Completed (or passed) in an earlier session: keep the LMS's status as it is.
      S.completed = true;
      S.lastSet[n.status] = 'completed';
    }
    if (n.threshold) {
      const lmsThreshold = read(n.threshold);
      const t = lmsThreshold === '' ? NaN : Number(lmsThreshold);
      if (t > 0 && t <= 1) S.threshold = t;
    }
    const saved = read('cmi.suspend_data');
    if (saved !== '') {
      const segments = decodeSegments(saved);
      if (segments === null) {
        console.warn('[framsteg] suspend data in an unknown format, starting a new record');
      } else {
        ingest(segments, null);
      }
    }
    const location = read(n.location);
    const at = location === '' ? NaN : Number(location);
    if (Number.isFinite(at) && at > 0) {
      S.position = at;
      S.resumeAt = at;
    }
    applyCaptionPreference();
    announce('Connected to the LMS (SCORM ' + S.config.scormVersion + ').' +
        (S.resumeAt !== null ? ' Resuming at ' + clock(at) + '.' : '') +
        (S.completed ? ' Already completed.' : ''));
    applyResume();
    report(true);

    window.addEventListener('pagehide', function () { terminate('pagehide'); });
    window.addEventListener('beforeunload', function () { terminate('beforeunload'); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') commit('hidden');
    });
    S.timer = setInterval(function () {
      if (S.dirty || (S.media && !S.media.paused)) {
        ingestMedia();
        commit('interval');
      }
    }, S.config.commitIntervalSeconds * 1000);
  }

  window.framsteg = Object.freeze({
    state: snapshot,
    simulatePlay: simulatePlay,
    commit: function () { return commit('hook'); },
    terminate: function () { return terminate('hook'); },
    format: Object.freeze({scorm12Timespan: scorm12Timespan, iso8601Duration: iso8601Duration}),
    suspendData: Object.freeze({encode: encodeWithin, decode: decodeSegments}),
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
