/** `pnpm codegen`: writes `src/generated/graphql-types.ts` from the SDL (see `config.ts`). */
import { writeFile } from 'node:fs/promises';
import { GENERATED_TYPES_FILE, generateTypes } from './config.js';

await writeFile(GENERATED_TYPES_FILE, await generateTypes());
process.stdout.write(`wrote ${GENERATED_TYPES_FILE}\n`);
