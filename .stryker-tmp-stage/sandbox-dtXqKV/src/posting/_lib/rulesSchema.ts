// @ts-nocheck
// The zod schema of the rules' overrides (internal): the CLI derives the JSON Schema of its rules file from it
// and parses that file with it. It is generated (schemas/_lib/toZod.ts) from OVERRIDES in ../rules.ts, the one
// description of the overrides' shape, which `defaultRules` reads without zod; test/posting/rulesShape.test.ts
// checks the two read every value alike.
import type * as z from 'zod/mini';
import type { In, Out } from '../../schemas/_lib/shape.js';
import { toZod } from '../../schemas/_lib/toZod.js';
import { OVERRIDES } from '../rules.js';

/**
 * The schema of {@link DefaultRulesOverrides} (internal: the CLI derives the
 * JSON Schema of its rules file from it, so the two never disagree).
 *
 * @internal
 */
export const rulesOverridesSchema = toZod(OVERRIDES) as unknown as z.ZodMiniObject<OverridesShape, z.core.$strict>;

type Overrides = Out<typeof OVERRIDES>;
type OverridesIn = In<typeof OVERRIDES>;
/** The zod shape of the generated schema: every field of the overrides is optional. */
type OverridesShape = { [K in keyof Overrides]-?: z.ZodMiniOptional<z.ZodMiniType<Exclude<Overrides[K], undefined>, Exclude<OverridesIn[K], undefined>>> };
