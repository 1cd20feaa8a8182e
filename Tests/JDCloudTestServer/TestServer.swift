// Loopback gateway server for tests.
