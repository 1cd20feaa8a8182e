// The DocParser module.
