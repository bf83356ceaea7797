// Notebook chart outputs ask RequireJS for plotly.js from a CDN. The report inlines plotly.js once; this stand-in
// answers those requests with it, so nothing reaches the network.
(function () {
  if (typeof window.requirejs === "function") {
    return;
  }

  function resolve(name) {
    return /plotly/i.test(String(name)) ? window.Plotly : undefined;
  }

  function require(dependencies, callback) {
    var names = Array.isArray(dependencies) ? dependencies : [dependencies];
    var modules = names.map(resolve);
    if (typeof callback === "function") {
      callback.apply(window, modules);
    }
    return Array.isArray(dependencies) ? undefined : modules[0];
  }

  require.config = function () {
    return require;
  };
  window.requirejs = require;
  if (typeof window.require === "undefined") {
    window.require = require;
  }
})();
