#!/usr/bin/env node
// The `deck` command: runs the TypeScript CLI through tsx, so there is no compile step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/deck.ts');
