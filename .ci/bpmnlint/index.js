'use strict';

// The project's own bpmnlint rules ("livestream/<rule>" in .bpmnlintrc); bpmnlint resolves this
// package as the plugin because it runs from this folder and the package is named bpmnlint-plugin-livestream.
module.exports = {
  rules: {
    'inclusive-gateway-justified': './rules/inclusive-gateway-justified'
  }
};
