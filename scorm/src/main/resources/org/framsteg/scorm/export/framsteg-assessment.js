/*
 * framsteg-assessment.js: the SCORM run-time side of a Framsteg assessment SCO.
 *
 * Plain ES2017, no dependencies, no network access of its own. One file for SCORM 1.2 and
 * SCORM 2004 4th edition; the page says which through its configuration. It belongs to the same
 * family as framsteg-sco.js (the timed-media player): the same API discovery, the same error
 * reporting, the same test hook name.
 *
 * WHAT THE PAGE IS
 *   A Framsteg course knows an assessment's maximum and passing score and how many attempts a
 *   learner has, not its questions. So the page holds no questions and asks the learner for
 *   nothing: it shows the assessment's title, description and pass mark, and records a score
 *   when one is reported to it through window.framsteg.submitScore(raw). Whatever delivers the
 *   questions (a script the course author adds to the page, a question engine in a frame of the
 *   same origin calling parent.framsteg.submitScore, or a test) calls that hook.
 *
 * THE PAGE IT RUNS IN (rendered by org.framsteg.scorm.internal.export.AssessmentPage)
 *   <script type="application/json" id="framsteg-config">  configuration (see below)
 *   #framsteg-result  the recorded score, in words
 *   #framsteg-status  (role=status)  connection and recording messages
 *   #framsteg-errors  (role=alert)   every failed API call, also console.error
 *
 * CONFIGURATION (JSON): configVersion 1, kind "assessment", activityId, title, language,
 *   maxScore (> 0), passingScaled (pass mark as a fraction of maxScore, [0, 1]),
 *   completionScaled (the scaled score that completes the SCO, or null: completed by any
 *   recorded score), attemptsAllowed (informational; the LMS enforces it), scormVersion
 *   "1.2"|"2004".
 *
 * WHAT IT DOES
 *   1. Finds the LMS API (API for 1.2, API_1484_11 for 2004; this window and its parents, then
 *      the opener and its parents) and initializes the session.
 *   2. Reads the pass mark the LMS holds, which wins over the configured one because the LMS
 *      judges with it: 1.2 cmi.student_data.mastery_score (0-100, from adlcp:masteryscore),
 *      2004 cmi.scaled_passing_score (from the primary objective's minNormalizedMeasure), and
 *      the best score of this attempt so far (1.2 cmi.core.score.raw as a percentage, 2004
 *      cmi.score.scaled).
 *   3. A first launch marks the attempt begun: 1.2 lesson_status "incomplete", 2004
 *      completion_status "incomplete"; exit "suspend" until a score is recorded.
 *   4. submitScore(raw), 0 <= raw <= maxScore, records the better of this score and the best
 *      so far (Framsteg counts an assessment's best score):
 *        1.2   cmi.core.score.raw/min/max as a percentage 0-100 (mastery_score is a
 *              percentage), cmi.core.lesson_status "passed" or "failed", cmi.core.exit "".
 *        2004  cmi.score.raw/min/max in the assessment's own points, cmi.score.scaled,
 *              cmi.success_status "passed"/"failed", cmi.completion_status "completed" once
 *              the completion score is reached (any score when there is none) else
 *              "incomplete", cmi.exit "normal" when completed else "suspend".
 *      then sets the session time and commits.
 *   5. Terminates exactly once, on pagehide or beforeunload, after setting the session time
 *      (1.2 HHHH:MM:SS.SS, 2004 ISO 8601 duration).
 *   Every API call is checked with GetLastError; failures are shown in #framsteg-errors and
 *   logged with console.error. The only errors taken as an answer are "not initialized" (2004:
 *   403) and "not implemented" (1.2: 401) on reads of values that may be absent.
 *
 * TEST HOOK (window.framsteg; stable)
 *   state()            version, apiFound, initialized, terminated, maxScore, passingScaled,
 *                      completionScaled, bestScaled (null before any score), submissions,
 *                      passed, completed, commits, lastCommit, errors [{call, code, message}],
 *                      status (text)
 *   submitScore(raw)   records a score as above; returns state(). Throws RangeError for a raw
 *                      score outside [0, maxScore].
 *   commit()           commits now; returns true on success
 *   terminate()        ends the session now (as pagehide); returns true on success
 */
(function () {
  'use strict';

  const NAMES = {
    '1.2': {
      api: 'API', maxParents: 7,
      initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue',
      setValue: 'LMSSetValue', commit: 'LMSCommit', getLastError: 'LMSGetLastError',
      getErrorString: 'LMSGetErrorString', getDiagnostic: 'LMSGetDiagnostic',
      absent: ['401'], sessionTime: 'cmi.core.session_time',
    },
    '2004': {
      api: 'API_1484_11', maxParents: 500,
      initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue',
      setValue: 'SetValue', commit: 'Commit', getLastError: 'GetLastError',
      getErrorString: 'GetErrorString', getDiagnostic: 'GetDiagnostic',
      absent: ['403'], sessionTime: 'cmi.session_time',
    },
  };

  const S = {
    config: null,
    names: null,
    api: null,
    initialized: false,
    terminated: false,
    passingScaled: 0,
    bestScaled: null,
    submissions: 0,
    passed: false,
    completed: false,
    commits: 0,
    lastCommit: null,
    errors: [],
    shown: {},
    status: '',
    startedAt: 0,
  };

  // ---------------------------------------------------------------- formats (pure)

  function pad(n, width) {
    let text = String(n);
    while (text.length < width) text = '0' + text;
    return text;
  }

  function centiseconds(seconds) {
    return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) : 0;
  }

  function scorm12Timespan(seconds) {
    const cs = Math.min(centiseconds(seconds), 9999 * 360000 + 359999);
    return pad(Math.floor(cs / 360000), 2) + ':' + pad(Math.floor((cs % 360000) / 6000), 2) +
        ':' + pad(Math.floor((cs % 6000) / 100), 2) + '.' + pad(cs % 100, 2);
  }

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

  /** A decimal with at most 4 fraction digits and no exponent, as CMIDecimal wants it. */
  function decimal(value) {
    const text = (Math.round(value * 10000) / 10000).toFixed(4);
    return text.replace(/\.?0+$/, '');
  }

  // ---------------------------------------------------------------- page output

  function announce(message) {
    S.status = message;
    const region = document.getElementById('framsteg-status');
    if (region) region.textContent = message;
  }

  function reportError(call, code, message, key) {
    S.errors.push({call: call, code: code, message: message});
    const group = key || message;
    if (S.shown[group]) return;
    S.shown[group] = true;
    console.error('[framsteg] ' + message);
    const region = document.getElementById('framsteg-errors');
    if (region) {
      const line = document.createElement('p');
      line.textContent = message;
      region.appendChild(line);
    }
  }

  function showResult() {
    const region = document.getElementById('framsteg-result');
    if (!region || S.bestScaled === null) return;
    const max = S.config.maxScore;
    const points = Math.round(S.bestScaled * max * 100) / 100;
    region.textContent = 'Recorded score: ' + points + ' of ' + max + ' (' +
        Math.round(S.bestScaled * 100) + ' %). ' + (S.passed ? 'Passed.' : 'Not passed.');
  }

  // ---------------------------------------------------------------- LMS API

  function findApiFrom(win, name, maxParents) {
    let parents = 0;
    while (win) {
      try {
        if (win[name] !== undefined && win[name] !== null) return win[name];
      } catch (e) {
        // A frame of another origin: not ours to use; keep climbing.
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

  function call(fn, args, absentCodes) {
    const api = S.api;
    const label = S.names[fn] + '(' + args.map(function (a) { return JSON.stringify(a); })
        .join(', ') + ')';
    let result;
    try {
      result = api[S.names[fn]].apply(api, args);
    } catch (e) {
      reportError(S.names[fn], 'exception',
          label + ' threw ' + (e && e.message ? e.message : String(e)));
      return {ok: false, value: ''};
    }
    let code = '0';
    try {
      code = String(api[S.names.getLastError]());
    } catch (e) {
      code = 'unknown';
    }
    const value = result === undefined || result === null ? '' : String(result);
    const refused = fn !== 'getValue' && value !== 'true';
    if ((code === '0' || code === '') && !refused) return {ok: true, value: value};
    if (absentCodes && absentCodes.indexOf(code) >= 0) return {ok: false, value: ''};
    let text = '';
    try {
      text = String(api[S.names.getErrorString](code));
    } catch (e) {
      // The description is a courtesy; the code is what counts.
    }
    reportError(S.names[fn], code, 'LMS error ' + code + ' on ' + label +
        (refused ? ' (returned ' + JSON.stringify(value) + ')' : '') + (text ? ': ' + text : ''),
        S.names[fn] + ' ' + (fn === 'getValue' || fn === 'setValue' ? args[0] : '') + ' ' + code);
    return {ok: false, value: value};
  }

  function read(element) {
    const r = call('getValue', [element], S.names.absent);
    return r.ok ? r.value : '';
  }

  function write(element, value) {
    call('setValue', [element, value]);
  }

  function number(text) {
    return text === '' ? NaN : Number(text);
  }

  // ---------------------------------------------------------------- scoring

  function v12() {
    return S.config.scormVersion === '1.2';
  }

  function writeSessionTime() {
    const seconds = (performance.now() - S.startedAt) / 1000;
    write(S.names.sessionTime, v12() ? scorm12Timespan(seconds) : iso8601Duration(seconds));
  }

  function commit(reason) {
    if (!S.initialized || S.terminated) return false;
    writeSessionTime();
    const r = call('commit', ['']);
    if (r.ok) {
      S.commits++;
      S.lastCommit = reason;
    }
    return r.ok;
  }

  function completes(scaled) {
    const needed = S.config.completionScaled;
    return needed === null || needed === undefined || scaled + 1e-9 >= needed;
  }

  function submitScore(raw) {
    const max = S.config.maxScore;
    const value = Number(raw);
    if (!(Number.isFinite(value) && value >= 0 && value <= max)) {
      throw new RangeError('submitScore needs a raw score from 0 to ' + max + ', was ' + raw);
    }
    const scaled = value / max;
    S.submissions++;
    if (S.bestScaled === null || scaled > S.bestScaled) S.bestScaled = scaled;
    const best = S.bestScaled;
    S.passed = best + 1e-9 >= S.passingScaled;
    S.completed = S.completed || completes(best);
    showResult();
    if (!S.initialized || S.terminated) return snapshot();
    if (v12()) {
      write('cmi.core.score.raw', decimal(best * 100));
      write('cmi.core.score.min', '0');
      write('cmi.core.score.max', '100');
      write('cmi.core.lesson_status', S.passed ? 'passed' : 'failed');
      write('cmi.core.exit', '');
    } else {
      write('cmi.score.raw', decimal(best * max));
      write('cmi.score.min', '0');
      write('cmi.score.max', decimal(max));
      write('cmi.score.scaled', decimal(best));
      write('cmi.success_status', S.passed ? 'passed' : 'failed');
      write('cmi.completion_status', S.completed ? 'completed' : 'incomplete');
      write('cmi.exit', S.completed ? 'normal' : 'suspend');
    }
    commit('score');
    announce('Score recorded' + (S.passed ? ': passed.' : ': not passed.'));
    return snapshot();
  }

  function terminate(reason) {
    if (!S.initialized || S.terminated) return false;
    writeSessionTime();
    const r = call('terminate', ['']);
    S.terminated = true;
    announce(r.ok ? 'Session ended (' + reason + ').' :
        'Session ended (' + reason + '), but the LMS reported an error.');
    return r.ok;
  }

  function snapshot() {
    return {
      version: S.config ? S.config.scormVersion : null,
      apiFound: S.api !== null,
      initialized: S.initialized,
      terminated: S.terminated,
      maxScore: S.config ? S.config.maxScore : null,
      passingScaled: S.passingScaled,
      completionScaled: S.config ? S.config.completionScaled : null,
      bestScaled: S.bestScaled,
      submissions: S.submissions,
      passed: S.passed,
      completed: S.completed,
      commits: S.commits,
      lastCommit: S.lastCommit,
      errors: S.errors.map(function (e) { return {call: e.call, code: e.code, message: e.message}; }),
      status: S.status,
    };
  }

  // ---------------------------------------------------------------- start

  function readConfig() {
    const block = document.getElementById('framsteg-config');
    if (!block) throw new Error('the page has no #framsteg-config block');
    const c = JSON.parse(block.textContent);
    if (c.configVersion !== 1 || c.kind !== 'assessment') {
      throw new Error('not an assessment configuration of version 1');
    }
    if (c.scormVersion !== '1.2' && c.scormVersion !== '2004') {
      throw new Error('scormVersion must be "1.2" or "2004", was ' + JSON.stringify(c.scormVersion));
    }
    if (!(c.maxScore > 0)) throw new Error('maxScore must be positive');
    if (!(c.passingScaled >= 0 && c.passingScaled <= 1)) {
      throw new Error('passingScaled must be in [0, 1]');
    }
    return c;
  }

  function start() {
    try {
      S.config = readConfig();
    } catch (e) {
      reportError('configuration', 'config', 'The assessment configuration is missing or' +
          ' invalid: ' + e.message + '. No score can be recorded.');
      return;
    }
    S.names = NAMES[S.config.scormVersion];
    S.passingScaled = S.config.passingScaled;
    S.api = findApi(S.names);
    if (S.api === null) {
      announce('No LMS connection (no SCORM ' + S.config.scormVersion + ' API found): a score' +
          ' is shown here but not saved.');
      return;
    }
    if (!call('initialize', ['']).ok) {
      announce('The LMS refused to start the session: no score can be saved.');
      return;
    }
    S.initialized = true;
    S.startedAt = performance.now();
    let status = '';
    if (v12()) {
      const mastery = number(read('cmi.student_data.mastery_score'));
      if (mastery >= 0 && mastery <= 100) S.passingScaled = mastery / 100;
      const raw = number(read('cmi.core.score.raw'));
      if (raw >= 0 && raw <= 100) S.bestScaled = raw / 100;
      status = read('cmi.core.lesson_status');
      if (status === '' || status === 'not attempted' || status === 'incomplete') {
        write('cmi.core.lesson_status', 'incomplete');
        write('cmi.core.exit', 'suspend');
      }
    } else {
      const passing = number(read('cmi.scaled_passing_score'));
      if (passing >= -1 && passing <= 1) S.passingScaled = Math.max(0, passing);
      const scaled = number(read('cmi.score.scaled'));
      if (scaled >= 0 && scaled <= 1) S.bestScaled = scaled;
      status = read('cmi.completion_status');
      if (status === 'completed') {
        S.completed = true;
      } else {
        write('cmi.completion_status', 'incomplete');
        write('cmi.exit', 'suspend');
      }
    }
    if (S.bestScaled !== null) {
      S.passed = S.bestScaled + 1e-9 >= S.passingScaled;
      S.completed = S.completed || (v12() ? false : completes(S.bestScaled));
      showResult();
    }
    const pass = document.getElementById('framsteg-pass-mark');
    if (pass) {
      pass.textContent = 'Pass mark: ' +
          Math.round(S.passingScaled * S.config.maxScore * 100) / 100 + ' of ' +
          S.config.maxScore + '.';
    }
    announce('Connected to the LMS (SCORM ' + S.config.scormVersion + '). ' +
        (S.bestScaled === null ? 'No score recorded yet.' : 'A score is already recorded.'));
    commit('start');
    window.addEventListener('pagehide', function () { terminate('pagehide'); });
    window.addEventListener('beforeunload', function () { terminate('beforeunload'); });
  }

  window.framsteg = Object.freeze({
    state: snapshot,
    submitScore: submitScore,
    commit: function () { return commit('hook'); },
    terminate: function () { return terminate('hook'); },
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
