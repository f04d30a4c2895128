#!/usr/bin/env node
import { main, processIo } from './main.js';

// Setting exitCode instead of calling process.exit lets stdout finish writing a large report.
process.exitCode = await main(process.argv, processIo());
