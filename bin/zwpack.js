#!/usr/bin/env node
// The executable stays tiny: all work happens in the compiled CLI.
import('../dist/bundle/main.js').then((m) => m.main(process.argv));
