// Preload (node --import) that turns SIGTERM into a normal exit, so flags such as --cpu-prof can write their output.
process.once('SIGTERM', () => process.exit(0));
