#!/usr/bin/env node
// The `gongkai` command: loads the TypeScript sources through tsx (see docs/decisions.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
