/*
 * A minimal LMS for browser tests: scorm-again provides the SCORM run-time API, this page puts
 * it where a SCO looks for it (window.API for 1.2, window.API_1484_11 for 2004), launches the
 * SCO in an iframe and records every API call the SCO makes.
 *
 *   lmsHost.launch({version: "1.2"|"2004", scoUrl, initialCmi?: {"cmi.x": "v"}, failSetValueOf?})
 *       initialCmi is loaded before the SCO starts, as an LMS does with the data of an earlier
 *       session (location, suspend data, status, entry); failSetValueOf makes SetValue of that
 *       element fail (1.2: error 101 General Exception, 2004: 351 General Set Failure) to test
 *       the SCO's error reporting.
 *   lmsHost.state()   {version, initialized, terminated, cmi (flattened), calls [{name, args,
 *                     result, error}]}; GetLastError/GetErrorString/GetDiagnostic are not logged.
 *   lmsHost.sco()     the SCO's window
 *   lmsHost.unload()  navigates the SCO's frame away, as when the learner leaves it
 */
(function () {
  'use strict';

  const METHODS = {
    '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
      'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit',
      'GetLastError', 'GetErrorString', 'GetDiagnostic'],
  };
  const ERROR_QUERIES = ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic',
    'GetLastError', 'GetErrorString', 'GetDiagnostic'];

  let runtime = null;
  let version = null;
  let frame = null;
  const calls = [];

  function recorder(api, methods, failSetValueOf, failureCode) {
    const lastError = methods[5];
    const setValue = methods[3];
    let injected = null;
    const facade = {};
    methods.forEach(function (name) {
      facade[name] = function () {
        const args = Array.prototype.slice.call(arguments);
        if (ERROR_QUERIES.indexOf(name) >= 0) {
          if (name === lastError && injected !== null) return injected;
          return api[name].apply(api, args);
        }
        if (name === setValue && failSetValueOf !== null && args[0] === failSetValueOf) {
          injected = failureCode;
          calls.push({name: name, args: args.map(String), result: 'false', error: failureCode});
          return 'false';
        }
        injected = null;
        const result = api[name].apply(api, args);
        calls.push({name: name, args: args.map(String), result: String(result),
          error: String(api[lastError]())});
        return result;
      };
    });
    return facade;
  }

  window.lmsHost = {
    launch: function (options) {
      if (runtime !== null) throw new Error('one launch per page load');
      version = options.version;
      const settings = {autocommit: false, logLevel: 4};
      if (version === '1.2') {
        runtime = new window.Scorm12API(settings);
      } else if (version === '2004') {
        runtime = new window.Scorm2004API(settings);
      } else {
        throw new Error('version must be "1.2" or "2004", was ' + version);
      }
      if (options.initialCmi) runtime.loadFromFlattenedJSON(options.initialCmi);
      const facade = recorder(runtime, METHODS[version], options.failSetValueOf || null,
          version === '1.2' ? '101' : '351');
      if (version === '1.2') window.API = facade; else window.API_1484_11 = facade;
      document.getElementById('lms-header').textContent =
          'Framsteg test LMS: SCORM ' + version + ' (scorm-again)';
      frame = document.createElement('iframe');
      frame.id = 'sco-frame';
      frame.title = 'Course content';
      frame.src = options.scoUrl;
      document.getElementById('lms-content').appendChild(frame);
      return true;
    },
    state: function () {
      return {
        version: version,
        initialized: runtime !== null && runtime.isInitialized(),
        terminated: runtime !== null && runtime.isTerminated(),
        cmi: runtime === null ? {} : runtime.getFlattenedCMI(),
        calls: calls.slice(),
      };
    },
    sco: function () {
      return frame === null ? null : frame.contentWindow;
    },
    unload: function () {
      frame.src = 'about:blank';
    },
  };
})();
