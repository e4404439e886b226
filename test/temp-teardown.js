module.exports = require('./temp-dirs').teardown;
