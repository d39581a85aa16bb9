// Imported for its effect by every CLI: `npm run query ... | head` closes the pipe early, and a
// command line tool should then stop quietly rather than die with an EPIPE stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
