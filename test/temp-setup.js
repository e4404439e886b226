module.exports = require('./temp-dirs').setup;
