#!/usr/bin/env node
import { importKit } from '../kit/import-kit.js';

const { main } = await importKit('cli/main');
process.exitCode = await main(process.argv.slice(2));
