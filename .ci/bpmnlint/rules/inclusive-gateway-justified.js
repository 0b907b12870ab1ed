'use strict';

const { is } = require('bpmnlint-utils');

/**
 * Replaces bpmnlint's no-inclusive-gateway, which can only be switched off for every model at once:
 * an inclusive gateway passes only when .bpmnlintrc names it, as "<process id>/<gateway id>", with
 * the reason OR semantics are needed there (config { "justified": { "<process>/<gateway>": "why" } }).
 */
module.exports = function(config) {

  const justified = (config && config.justified) || {};

  function processOf(node) {
    let parent = node.$parent;
    while (parent && !is(parent, 'bpmn:Process')) {
      parent = parent.$parent;
    }
    return parent ? parent.id : '?';
  }

  function check(node, reporter) {
    if (!is(node, 'bpmn:InclusiveGateway')) {
      return;
    }
    const key = processOf(node) + '/' + node.id;
    const reason = justified[key];
    if (typeof reason !== 'string' || !reason.trim()) {
      reporter.report(node.id, 'Inclusive gateway is discouraged: use an exclusive or parallel gateway, or justify <'
        + key + '> in .bpmnlintrc');
    }
  }

  return { check };
};
